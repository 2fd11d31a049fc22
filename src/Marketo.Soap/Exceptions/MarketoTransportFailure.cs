namespace Marketo.Soap;

/// <summary>Why no usable SOAP answer came back.</summary>
public enum MarketoTransportFailure
{
    /// <summary>The connection could not be made or was dropped.</summary>
    ConnectionFailed,

    /// <summary>No answer came within <see cref="MarketoSoapOptions.Timeout"/>.</summary>
    Timeout,

    /// <summary>The server answered with an HTTP error and no SOAP fault, for example a 502 page.</summary>
    HttpError,

    /// <summary>The answer was not a readable SOAP message: empty, truncated, or not the expected shape.</summary>
    InvalidResponse,

    /// <summary>
    /// The server answered with a redirect (HTTP 3xx). The client never follows one: the signed
    /// request would go to another origin. See <see cref="MarketoRedirectException"/>.
    /// </summary>
    Redirected,
}
