using Microsoft.Extensions.Logging;

namespace Marketo.Soap.Telemetry;

/// <summary>
/// Every message <see cref="MarketoSoapClient"/> logs. Event ids are stable: 1-99 for calls,
/// 100-199 for raw SOAP at Trace level.
/// No message carries the encryption key, a signature, or record contents.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, EventName = "CallStarting", Level = LogLevel.Debug,
        Message = "Sending {Operation} with {RecordCount} records to {Endpoint}")]
    public static partial void CallStarting(ILogger logger, string operation, int recordCount, string endpoint);

    [LoggerMessage(EventId = 2, EventName = "CallSucceeded", Level = LogLevel.Information,
        Message = "{Operation} with {RecordCount} records answered in {ElapsedMilliseconds:F0} ms: {SucceededCount} succeeded, {FailedCount} failed")]
    public static partial void CallSucceeded(ILogger logger, string operation, int recordCount, double elapsedMilliseconds, int succeededCount, int failedCount);

    [LoggerMessage(EventId = 3, EventName = "CallFailed", Level = LogLevel.Warning,
        Message = "{Operation} with {RecordCount} records failed after {ElapsedMilliseconds:F0} ms: {Outcome} (error code {ErrorCode}, retriable {IsRetriable})")]
    public static partial void CallFailed(ILogger logger, string operation, int recordCount, double elapsedMilliseconds, string outcome, int? errorCode, bool isRetriable);

    [LoggerMessage(EventId = 4, EventName = "CallRetrying", Level = LogLevel.Information,
        Message = "Repeating the call (attempt {Attempt}) in {DelayMilliseconds:F0} ms after {Outcome} (error code {ErrorCode})")]
    public static partial void CallRetrying(ILogger logger, int attempt, double delayMilliseconds, string outcome, int? errorCode);

    [LoggerMessage(EventId = 100, EventName = "SoapRequest", Level = LogLevel.Trace,
        Message = "SOAP request {Action} (AuthenticationHeader redacted):\n{Envelope}")]
    public static partial void SoapRequest(ILogger logger, string action, string envelope);

    [LoggerMessage(EventId = 101, EventName = "SoapReply", Level = LogLevel.Trace,
        Message = "SOAP reply:\n{Envelope}")]
    public static partial void SoapReply(ILogger logger, string envelope);
}
