namespace Marketo.Soap.Models;

/// <summary>The input of one <c>syncMObjects</c> call.</summary>
public sealed record SyncMObjectsRequest
{
    /// <summary>How objects that do or do not exist yet are treated.</summary>
    public required MObjectOperation Operation { get; init; }

    /// <summary>The objects to write, between 1 and <see cref="MaxObjectsPerCall"/> of them. Results come back in the same order.</summary>
    public required IReadOnlyList<MObjectRecord> Objects { get; init; }

    /// <summary>The most objects one call may carry: 100, Marketo's limit.</summary>
    public const int MaxObjectsPerCall = 100;
}
