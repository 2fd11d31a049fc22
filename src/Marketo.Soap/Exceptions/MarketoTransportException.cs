namespace Marketo.Soap;

/// <summary>
/// No usable SOAP answer came back: the connection failed, the call timed out, or the server sent
/// something other than a SOAP message (an HTML error page, an empty or truncated body).
/// </summary>
/// <remarks>
/// Whether the request reached Marketo is usually unknown, so an insert may already have happened
/// even though this exception was thrown. Only a connection that could not be made at all (DNS,
/// refused, TLS handshake) certainly sent nothing; <see cref="MarketoSoapException.MayHaveReachedMarketo"/>
/// tells the two apart.
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

    /// <summary>Whether the connection failed before any byte of the request was sent (DNS, refused, TLS handshake).</summary>
    internal bool RequestNotSent { get; init; }

    /// <summary>The HTTP status of the answer, or <see langword="null"/> when none arrived.</summary>
    public int? HttpStatusCode { get; }

    /// <summary>
    /// True for a failed or dropped connection, a timeout, an answer with HTTP status 5xx or 429,
    /// and an unreadable answer (empty, truncated, malformed), which a repeat may well get whole;
    /// false for a redirect and other HTTP errors. The client repeats an unreadable answer only for
    /// operations that are safe to repeat: it may have been applied.
    /// </summary>
    public override bool IsRetriable => Failure switch
    {
        MarketoTransportFailure.ConnectionFailed or MarketoTransportFailure.Timeout or MarketoTransportFailure.InvalidResponse => true,
        MarketoTransportFailure.Redirected => false,
        _ => HttpStatusCode is >= 500 or 429,
    };
}
