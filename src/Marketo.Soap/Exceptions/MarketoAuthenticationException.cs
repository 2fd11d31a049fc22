namespace Marketo.Soap;

/// <summary>
/// Marketo refused the call's credentials: authentication failed (20014) or the client is blocked
/// (20013). Check the user id and encryption key; repeating the call will not help.
/// </summary>
public class MarketoAuthenticationException : MarketoSoapException
{
    /// <summary>Creates an exception for a refused authentication.</summary>
    public MarketoAuthenticationException(string message, MarketoErrorCode? errorCode, string? faultCode, string? operation, Exception? innerException = null)
        : base(message, errorCode, faultCode, operation, innerException)
    {
    }
}
