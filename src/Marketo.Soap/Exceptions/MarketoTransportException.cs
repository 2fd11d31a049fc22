namespace Marketo.Soap;

/// <summary>
/// No usable SOAP answer came back: the connection failed, the call timed out, or the server sent
/// something other than a SOAP message (an HTML error page, an empty or truncated body).
/// </summary>
/// <remarks>
/// Whether the request reached Marketo is unknown, so an insert may already have happened even
/// though this exception was thrown.
/// </remarks>
public class MarketoTransportException : MarketoSoapException
{
    /// <summary>Creates an exception for a failed exchange.</summary>
    public MarketoTransportException(string message, MarketoTransportFailure failure, int? httpStatusCode, string? operation, Exception? innerException = null)
        : base(message, errorCode: null, faultCode: null, operation, innerException)
    {
        Failure = failure;
        HttpStatusCode = httpStatusCode;
    }

    /// <summary>Why no usable answer came back.</summary>
    public MarketoTransportFailure Failure { get; }

    /// <summary>The HTTP status of the answer, or <see langword="null"/> when none arrived.</summary>
    public int? HttpStatusCode { get; }

    /// <summary>
    /// True for a failed or dropped connection, a timeout, and an answer with HTTP status 5xx or
    /// 429; false for other HTTP errors and for a successful answer Marketo's schema does not
    /// allow, which a repeat would most likely get again.
    /// </summary>
    public override bool IsRetriable => Failure switch
    {
        MarketoTransportFailure.ConnectionFailed or MarketoTransportFailure.Timeout => true,
        _ => HttpStatusCode is >= 500 or 429,
    };
}
