namespace Marketo.Soap.Pipeline;

/// <summary>Whether a failed attempt is worth repeating, and whether it may already have been applied.</summary>
internal static class RetryDecision
{
    /// <param name="failure">What the attempt threw.</param>
    /// <param name="repeatSafety">How safe the call's operation is to repeat.</param>
    /// <param name="repeatUnsafeWhenAmbiguous">
    /// Whether the caller opted in to repeating calls that are not safe to repeat after a failure
    /// that leaves unknown whether Marketo applied them.
    /// </param>
    public static bool ShouldRetry(Exception failure, RepeatSafety repeatSafety, bool repeatUnsafeWhenAmbiguous) => failure switch
    {
        MarketoQuotaExceededException => false,

        // A 200 answer that could not be read was almost surely applied: a repeat is harmless only
        // for an operation that is safe to repeat, whatever the caller opted in to.
        MarketoTransportException { Failure: MarketoTransportFailure.InvalidResponse } => repeatSafety == RepeatSafety.Safe,
        MarketoSoapException { IsRetriable: true } e =>
            repeatSafety == RepeatSafety.Safe || repeatUnsafeWhenAmbiguous || !MayHaveBeenApplied(e),
        _ => false,
    };

    /// <summary>
    /// Whether Marketo may have applied an attempt that failed this way. Only a refusal fault, a
    /// connection that could not be made, or a cancellation before anything was sent proves it
    /// did nothing; a lost answer or an internal error (10001, 20011) leaves it unknown.
    /// </summary>
    /// <remarks>This judges one attempt; <see cref="CallMayHaveBeenApplied"/> judges a whole call.</remarks>
    public static bool MayHaveBeenApplied(Exception failure) => failure switch
    {
        MarketoRequestValidationException => false,
        OperationCanceledException when UnsentCallCancellations.IsMarked(failure) => false,
        ObjectDisposedException when UnsentCallCancellations.IsMarked(failure) => false,
        MarketoTransportException { RequestNotSent: true } => false,
        MarketoTransportException => true,
        MarketoSoapException { ErrorCode: null, FaultCode: null } => false,
        MarketoSoapException { ErrorCode: { } code } => code.Value is 10001 or 20011,
        MarketoSoapException => true,
        _ => true,
    };

    /// <summary>
    /// Whether Marketo may have applied a call that ended with <paramref name="failure"/>, over all
    /// of its attempts: the exception's <see cref="MarketoSoapException.MayHaveReachedMarketo"/> when
    /// it has one.
    /// </summary>
    public static bool CallMayHaveBeenApplied(Exception failure) =>
        failure is MarketoSoapException call ? call.MayHaveReachedMarketo : MayHaveBeenApplied(failure);
}
