namespace Marketo.Soap.Redis;

/// <summary>
/// The shared limits could not be read because Redis did not answer, and
/// <see cref="MarketoRedisLimitsOptions.WhenRedisUnavailable"/> is
/// <see cref="RedisUnavailableBehavior.FailFast"/>. Nothing was sent to Marketo.
/// </summary>
/// <remarks>
/// It carries no Marketo error code and is not retried by the client; a bulk job stops with it and
/// reports its records as not having reached Marketo.
/// </remarks>
public class MarketoLimitsUnavailableException : MarketoSoapException
{
    /// <summary>Creates an exception for a Redis server that did not answer.</summary>
    /// <param name="message">What happened, without credentials.</param>
    /// <param name="innerException">The Redis client's error.</param>
    public MarketoLimitsUnavailableException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
