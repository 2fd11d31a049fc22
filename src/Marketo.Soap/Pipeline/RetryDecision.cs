namespace Marketo.Soap.Pipeline;

/// <summary>Whether a failed attempt is worth repeating, and whether it may already have been applied.</summary>
internal static class RetryDecision
{
    /// <param name="failure">What the attempt threw.</param>
    /// <param name="repeatableWhenAmbiguous">
    /// Whether the call may be sent again when it is unknown whether Marketo applied it: true for
    /// upserts, updates and leads, false for an insert unless the caller opted in.
    /// </param>
    public static bool ShouldRetry(Exception failure, bool repeatableWhenAmbiguous) => failure switch
    {
        MarketoQuotaExceededException => false,
        MarketoSoapException { IsRetriable: true } e => repeatableWhenAmbiguous || !MayHaveBeenApplied(e),
        _ => false,
    };

    /// <summary>
    /// Whether Marketo may have applied a call that failed this way. Only a refusal fault, or a
    /// cancellation before anything was sent, proves it did nothing; a lost answer or an internal
    /// error (10001, 20011) leaves it unknown.
    /// </summary>
    public static bool MayHaveBeenApplied(Exception failure) => failure switch
    {
        MarketoRequestValidationException => false,
        OperationCanceledException when UnsentCallCancellations.IsMarked(failure) => false,
        MarketoTransportException => true,
        MarketoSoapException { ErrorCode: null, FaultCode: null } => false,
        MarketoSoapException { ErrorCode: { } code } => code.Value is 10001 or 20011,
        MarketoSoapException => true,
        _ => true,
    };
}
