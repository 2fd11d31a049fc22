namespace Marketo.Soap.Pipeline;

/// <summary>What the attempts of one call have done so far, shared by all of them.</summary>
/// <remarks>
/// A call's fate is the sum of its attempts: an attempt whose answer was lost may have been applied
/// even if every later attempt was refused, so whether the call may have reached Marketo is the OR
/// over all of them, never the last attempt's verdict alone.
/// </remarks>
internal sealed class AttemptLedger
{
    /// <summary>How many attempts got past pacing and were handed to the network.</summary>
    public int AttemptsSent { get; private set; }

    /// <summary>Whether any attempt got past pacing and was handed to the network.</summary>
    public bool AnyAttemptSent => AttemptsSent > 0;

    /// <summary>Whether any failed attempt may have been applied by Marketo.</summary>
    public bool MayHaveBeenApplied { get; private set; }

    /// <summary>Counts an attempt that is about to be sent; returns its number, from 1.</summary>
    public int BeginAttempt() => ++AttemptsSent;

    /// <summary>Records how an attempt failed.</summary>
    public void Failed(Exception failure) => MayHaveBeenApplied |= RetryDecision.MayHaveBeenApplied(failure);
}
