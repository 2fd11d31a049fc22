using Microsoft.Extensions.Time.Testing;

namespace Marketo.Soap.Tests.TestSupport;

/// <summary>
/// The demo credentials of Marketo's published syncMultipleLeads sample, under which both seed
/// requests were signed, and clocks that stand at the seeds' timestamps.
/// </summary>
internal static class SeedCredentials
{
    public const string UserId = "demo17_1_809934544BFABAE58E5D27";

    public const string EncryptionKey = "27272727aa";

    public static readonly Uri Endpoint = new("https://100-AEK-913.mktoapi.com/soap/mktows/2_3");

    /// <summary>A clock at <paramref name="localTime"/>, in a time zone with that time's offset.</summary>
    public static FakeTimeProvider ClockAt(DateTimeOffset localTime)
    {
        var clock = new FakeTimeProvider(localTime.ToUniversalTime());
        clock.SetLocalTimeZone(TimeZoneInfo.CreateCustomTimeZone("seed", localTime.Offset, "seed", "seed"));
        return clock;
    }

    /// <summary>2013-08-01T18:22:30-07:00, the syncMultipleLeads seed's timestamp.</summary>
    public static FakeTimeProvider SyncMultipleLeadsClock() => ClockAt(new DateTimeOffset(2013, 8, 1, 18, 22, 30, TimeSpan.FromHours(-7)));

    /// <summary>2013-08-05T14:22:45-07:00, the syncMObjects seed's timestamp.</summary>
    public static FakeTimeProvider SyncMObjectsClock() => ClockAt(new DateTimeOffset(2013, 8, 5, 14, 22, 45, TimeSpan.FromHours(-7)));

    public static MarketoSoapOptions Options() => new()
    {
        Endpoint = Endpoint,
        UserId = UserId,
        EncryptionKey = EncryptionKey,

        // Each test decides on repeats itself: a repeat would wait on a fake clock nobody advances.
        Retry = { MaxRetryAttempts = 0 },
    };

    /// <summary>The seed options with <paramref name="attempts"/> immediate repeats, for tests of what is repeated.</summary>
    public static MarketoSoapOptions WithRetries(int attempts)
    {
        var options = Options();
        options.Retry.MaxRetryAttempts = attempts;
        options.Retry.BaseDelay = TimeSpan.Zero;
        return options;
    }
}
