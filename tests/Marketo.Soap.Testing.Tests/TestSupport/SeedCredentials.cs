namespace Marketo.Soap.Testing.Tests.TestSupport;

/// <summary>The demo credentials both of Marketo's recorded requests are signed with, and the moments they were signed.</summary>
internal static class SeedCredentials
{
    public const string UserId = "demo17_1_809934544BFABAE58E5D27";

    public const string EncryptionKey = "27272727aa";

    /// <summary>The syncMultipleLeads seed's requestTimestamp.</summary>
    public static readonly DateTimeOffset SyncMultipleLeadsSignedAt = new(2013, 8, 1, 18, 22, 30, TimeSpan.FromHours(-7));

    /// <summary>The syncMObjects seed's requestTimestamp.</summary>
    public static readonly DateTimeOffset SyncMObjectsSignedAt = new(2013, 8, 5, 14, 22, 45, TimeSpan.FromHours(-7));
}
