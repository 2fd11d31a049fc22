using Microsoft.Extensions.Logging;

namespace Marketo.Soap.Redis.Telemetry;

/// <summary>Every message the shared limits log. No message carries a user id or key contents beyond the instance's hash.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, EventName = "SharedLimitsUnavailable", Level = LogLevel.Warning,
        Message = "Redis did not answer for the shared {Limit} limit of instance {Instance}; this process uses its own limits for {RetrySeconds:F0} s, so Marketo may refuse some calls with 20023 or 20024")]
    public static partial void SharedLimitsUnavailable(ILogger logger, Exception exception, string limit, string instance, double retrySeconds);

    [LoggerMessage(EventId = 2, EventName = "SharedLimitsRestored", Level = LogLevel.Information,
        Message = "Redis answers again: the shared {Limit} limit of instance {Instance} is back in use")]
    public static partial void SharedLimitsRestored(ILogger logger, string limit, string instance);
}
