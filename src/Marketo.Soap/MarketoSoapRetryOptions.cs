using Marketo.Soap.Configuration;

namespace Marketo.Soap;

/// <summary>How <see cref="MarketoSoapClient"/> repeats a call that failed in a way a repeat can fix.</summary>
/// <remarks>
/// <para>
/// A call is repeated after a failed or dropped connection, a timeout, an HTTP 5xx or 429 answer,
/// and the Marketo faults 10001, 20011, 20016 (expired: every attempt is signed anew with a fresh
/// timestamp), 20023 (rate limit) and 20024 (concurrency limit). Any other fault is final, and so
/// is 20015: the daily quota does not come back until midnight US Central time.
/// </para>
/// <para>
/// A call whose repeat can do its work twice is repeated only after a fault that proves Marketo
/// did nothing (20016, 20023, 20024): a <c>syncMObjects</c> <see cref="Models.MObjectOperation.Insert"/>
/// can create duplicates, and the README's operation table lists the others. Set
/// <see cref="RetryUnsafeCallsAfterAmbiguousFailures"/> to repeat them after any retriable failure.
/// </para>
/// </remarks>
public sealed class MarketoSoapRetryOptions
{
    /// <summary>How many times a call is repeated after its first attempt.</summary>
    /// <value>Default 3; from 0 (never repeat) to 10.</value>
    public int MaxRetryAttempts { get; set; } = MarketoSoapDefaults.MaxRetryAttempts;

    /// <summary>The wait before the first repeat; each further repeat waits twice as long, with random jitter.</summary>
    /// <value>Default 2 seconds; from 0 to 5 minutes.</value>
    public TimeSpan BaseDelay { get; set; } = MarketoSoapDefaults.RetryBaseDelay;

    /// <summary>The longest wait between two attempts.</summary>
    /// <value>Default 30 seconds; at least <see cref="BaseDelay"/>.</value>
    public TimeSpan MaxDelay { get; set; } = MarketoSoapDefaults.RetryMaxDelay;

    /// <summary>
    /// Whether a call that is not safe to repeat (an insert, and each operation the README's
    /// operation table marks so) is repeated after a failure that leaves unknown whether Marketo
    /// applied it.
    /// </summary>
    /// <value>Default <see langword="false"/>: a repeated insert can create duplicate objects.</value>
    public bool RetryUnsafeCallsAfterAmbiguousFailures { get; set; }
}
