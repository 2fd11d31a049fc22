namespace Marketo.Soap;

/// <summary>
/// A call to Marketo failed: Marketo answered with a SOAP fault, or (as
/// <see cref="MarketoTransportException"/>) no usable answer came back. The root of every
/// exception this library throws for something that happened on the wire.
/// </summary>
/// <remarks>
/// Branch on <see cref="ErrorCode"/> and <see cref="IsRetriable"/>, not on the message. No message
/// of this library contains the encryption key or a request signature.
/// </remarks>
public class MarketoSoapException : Exception
{
    private bool? _mayHaveReachedMarketo;

    /// <summary>Creates an exception with a message.</summary>
    public MarketoSoapException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    public MarketoSoapException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception for a SOAP fault.</summary>
    /// <param name="message">The message.</param>
    /// <param name="errorCode">Marketo's error code, when the fault carried one.</param>
    /// <param name="faultCode">The SOAP fault code, for example <c>Client</c>.</param>
    /// <param name="operation">The SOAP operation that failed, for example <c>syncMultipleLeads</c>.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public MarketoSoapException(string message, MarketoErrorCode? errorCode, string? faultCode, string? operation, Exception? innerException = null)
        : base(message, innerException)
    {
        ErrorCode = errorCode;
        FaultCode = faultCode;
        Operation = operation;
    }

    /// <summary>Marketo's error code, or <see langword="null"/> when the failure carried none.</summary>
    public MarketoErrorCode? ErrorCode { get; }

    /// <summary>The SOAP fault code without its prefix (<c>Client</c> or <c>Server</c>), or <see langword="null"/> when there was no fault.</summary>
    public string? FaultCode { get; }

    /// <summary>The SOAP operation that failed, for example <c>syncMultipleLeads</c>.</summary>
    public string? Operation { get; }

    /// <summary>
    /// Whether the same call could succeed if repeated later. This describes the error, not the
    /// call: an insert that may already have reached Marketo is not safe to repeat.
    /// </summary>
    public virtual bool IsRetriable => ErrorCode?.IsRetriable ?? false;

    /// <summary>
    /// Whether Marketo may have applied the call, judged over <em>every</em> attempt the client made
    /// of it: true when any attempt failed in a way that leaves it unknown (the answer was lost
    /// after the request left, a timeout, an internal error 10001 or 20011), even if a later
    /// attempt was plainly refused (20023, 20024) or could not connect.
    /// </summary>
    /// <remarks>
    /// False only when it is certain that nothing was applied: every attempt was refused with a
    /// fault that means Marketo did nothing, or never got its request out (the connection could
    /// not be made). Use it before resending an insert: when it is true, check first whether the
    /// object exists. For an exception this library did not throw from a call, it is judged from
    /// this exception alone.
    /// </remarks>
    public bool MayHaveReachedMarketo
    {
        get => _mayHaveReachedMarketo ?? Pipeline.RetryDecision.MayHaveBeenApplied(this);
        internal set => _mayHaveReachedMarketo = value;
    }

    /// <summary>
    /// What was exchanged with the server in the call's last attempt, redacted: the operation, the
    /// record count, the HTTP status and content type, and the first bytes of the answer; null when
    /// the failure did not come from an exchange.
    /// </summary>
    public MarketoRawExchange? RawExchange { get; internal set; }
}
