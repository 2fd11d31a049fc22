namespace Marketo.Soap;

/// <summary>
/// The instance's daily call quota is used up (20015). Calls fail until the quota resets at
/// midnight US Central time, given in <see cref="ResetsAt"/>.
/// </summary>
public class MarketoQuotaExceededException : MarketoSoapException
{
    /// <summary>Creates an exception for an exhausted daily quota.</summary>
    public MarketoQuotaExceededException(string message, DateTimeOffset resetsAt, string? faultCode, string? operation, Exception? innerException = null)
        : base(message, MarketoErrorCode.RequestLimitExceeded, faultCode, operation, innerException)
    {
        ResetsAt = resetsAt;
    }

    /// <summary>When Marketo resets the quota: the next midnight in US Central time.</summary>
    public DateTimeOffset ResetsAt { get; }
}
