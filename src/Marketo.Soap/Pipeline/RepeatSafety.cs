namespace Marketo.Soap.Pipeline;

/// <summary>
/// Whether an operation may be sent again when it is unknown whether an earlier attempt was
/// applied: the connection dropped after the request left, the answer was lost, or Marketo
/// answered with an internal error.
/// </summary>
/// <remarks>
/// Every operation file states its value, with the reason. A refusal fault that proves Marketo
/// did nothing (20016, 20023, 20024) allows a repeat whatever the value.
/// </remarks>
internal enum RepeatSafety
{
    /// <summary>
    /// Sending it again changes nothing that the first attempt did not: reads, and writes that set
    /// the same values on the same keys again (lead syncs, updates, upserts).
    /// </summary>
    Safe,

    /// <summary>
    /// Sending it again can do the work twice: inserts create duplicates, campaign requests send
    /// emails again, a merge that already happened fails oddly. Repeated after an ambiguous failure
    /// only when the caller opts in with <see cref="MarketoSoapRetryOptions.RetryUnsafeCallsAfterAmbiguousFailures"/>.
    /// </summary>
    OnlyWhenUnapplied,
}
