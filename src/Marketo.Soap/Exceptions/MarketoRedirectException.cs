namespace Marketo.Soap;

/// <summary>
/// The server answered with a redirect (HTTP 301, 302, 303, 307 or 308). The client does not follow
/// redirects: following one would send the signed request, and its records, to another origin, and
/// return that origin's answer as Marketo's.
/// </summary>
/// <remarks>
/// Marketo's SOAP endpoint does not redirect; a redirect usually means a wrong
/// <see cref="MarketoSoapOptions.Endpoint"/> (for example the instance's web address instead of its
/// <c>mktoapi.com</c> endpoint) or a proxy in between. Not repeated.
/// </remarks>
public class MarketoRedirectException : MarketoTransportException
{
    /// <summary>Creates an exception for a redirect the client refused to follow.</summary>
    /// <param name="message">The message.</param>
    /// <param name="httpStatusCode">The redirect's HTTP status.</param>
    /// <param name="targetOrigin">Scheme, host and port of the <c>Location</c> the server gave, or null when it gave none.</param>
    /// <param name="operation">The SOAP operation that was redirected.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public MarketoRedirectException(string message, int httpStatusCode, string? targetOrigin, string? operation, Exception? innerException = null)
        : base(message, MarketoTransportFailure.Redirected, httpStatusCode, operation, innerException)
    {
        TargetOrigin = targetOrigin;
    }

    /// <summary>
    /// Where the server wanted the request to go: the <c>Location</c> header's scheme, host and
    /// port only (its path and query can carry tokens), or <see langword="null"/> when there was none.
    /// </summary>
    public string? TargetOrigin { get; }
}
