using Marketo.Soap.Configuration;

namespace Marketo.Soap.Pipeline;

/// <summary>How long to wait after Marketo refused a call with 20023 (rate limit exceeded).</summary>
/// <remarks>
/// Marketo counts calls over a sliding 20-second window. A repeat sooner than that meets the same
/// full window and is refused again; three short back-offs (2, 4, 8 s) all fall inside one window
/// and give up with the records unsynced. So the wait is the whole window, plus up to one of its
/// one-second segments of jitter so that clients refused together do not come back together, never
/// longer than <see cref="MarketoSoapRetryOptions.MaxDelay"/>: the options bound the total wait.
/// </remarks>
internal static class RateLimitBackoff
{
    public static readonly TimeSpan MaxJitter = MarketoSoapDefaults.RateWindow / MarketoSoapDefaults.RateWindowSegments;

    /// <param name="options">The retry options; <see cref="MarketoSoapRetryOptions.MaxDelay"/> caps the wait.</param>
    /// <param name="random">A number in [0, 1) that picks the jitter.</param>
    public static TimeSpan Delay(MarketoSoapRetryOptions options, double random)
    {
        var wait = MarketoSoapDefaults.RateWindow + (MaxJitter * random);
        return wait < options.MaxDelay ? wait : options.MaxDelay;
    }
}
