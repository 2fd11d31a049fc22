namespace Marketo.Soap.Testing.Internal;

/// <summary>The defaults <see cref="MarketoSoapEmulatorOptions"/> starts from, in one place.</summary>
internal static class EmulatorDefaults
{
    /// <summary>Where Marketo serves version 2_3 on every instance: <c>https://&lt;munchkin-id&gt;.mktoapi.com/soap/mktows/2_3</c>.</summary>
    public const string EndpointPath = "/soap/mktows/2_3";

    /// <summary>The admin API's reserved path: off the SOAP path, so a SOAP client never reaches it by mistake.</summary>
    public const string AdminPath = "/_emulator";

    public const string Host = "127.0.0.1";

    // Enough calls to look back over a test run or a debugging session, few enough that a long
    // soak keeps its memory flat (bodies of 300-lead calls are about 100 KB each).
    public const int ExchangeLogCapacity = 1_000;

    // Marketo documents no window (contract facts §5.3, §7). Fifteen minutes either way tolerates
    // ordinary clock drift yet still refuses a header replayed much later.
    public static readonly TimeSpan TimestampTolerance = TimeSpan.FromMinutes(15);

    /// <summary>Marketo's documented rate limit: 100 calls in any 20 seconds (20023).</summary>
    public const int CallsPer20Seconds = 100;

    public static readonly TimeSpan RateWindow = TimeSpan.FromSeconds(20);

    /// <summary>Marketo's documented concurrency limit: 10 calls at once (20024).</summary>
    public const int MaxConcurrentCalls = 10;

    /// <summary>Marketo's documented daily quota for most subscriptions (20015).</summary>
    public const int DailyQuota = 10_000;

    /// <summary>Marketo's documented syncMObjects limit: 100 MObjects per call.</summary>
    public const int MaxMObjectsPerCall = 100;

    // Marketo documents no import durations, only that an import is asynchronous and that callers
    // should poll at most once a minute (operations facts §8). A few seconds queued and a tenth of a
    // second per row keep an emulated import visibly asynchronous yet short on a real clock.
    public static readonly TimeSpan ImportQueueTime = TimeSpan.FromSeconds(5);

    public static readonly TimeSpan ImportTimePerRow = TimeSpan.FromMilliseconds(100);
}
