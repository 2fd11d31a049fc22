using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Marketo.Soap.Telemetry;

/// <summary>
/// Every message <see cref="MarketoSoapClient"/> logs. Event ids are stable: 1-99 for calls,
/// 100-199 for raw SOAP at Trace level.
/// No message carries the encryption key or a signature; record values appear only in the
/// Trace events, and only when the caller opted in with
/// <see cref="MarketoSoapOptions.UnredactedRecordValuesInTrace"/>.
/// </summary>
internal static partial class Log
{
    private static readonly EventId CallFailedEvent = new(3, "CallFailed");
    private static readonly EventId CallRetryingEvent = new(4, "CallRetrying");

    [LoggerMessage(EventId = 1, EventName = "CallStarting", Level = LogLevel.Debug,
        Message = "Sending {Operation} with {RecordCount} records to {Endpoint}")]
    public static partial void CallStarting(ILogger logger, string operation, int recordCount, string endpoint);

    [LoggerMessage(EventId = 2, EventName = "CallSucceeded", Level = LogLevel.Information,
        Message = "{Operation} with {RecordCount} records answered in {ElapsedMilliseconds:F0} ms: {SucceededCount} succeeded, {FailedCount} failed")]
    public static partial void CallSucceeded(ILogger logger, string operation, int recordCount, double elapsedMilliseconds, int succeededCount, int failedCount);

    /// <summary>Event 3. The text names the error code only when there is one: never <c>error code (null)</c>.</summary>
    public static void CallFailed(ILogger logger, string operation, int recordCount, double elapsedMilliseconds, string outcome, int? errorCode, bool isRetriable)
    {
        if (!logger.IsEnabled(LogLevel.Warning))
        {
            return;
        }

        var code = errorCode is { } value ? string.Create(CultureInfo.InvariantCulture, $"error code {value}, ") : string.Empty;
        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"{operation} with {recordCount} records failed after {elapsedMilliseconds:F0} ms: {outcome} ({code}retriable {isRetriable})");
        logger.Log(LogLevel.Warning, CallFailedEvent, new LogValues(
            text,
            errorCode is null
                ? "{Operation} with {RecordCount} records failed after {ElapsedMilliseconds:F0} ms: {Outcome} (retriable {IsRetriable})"
                : "{Operation} with {RecordCount} records failed after {ElapsedMilliseconds:F0} ms: {Outcome} (error code {ErrorCode}, retriable {IsRetriable})",
            [
                new("Operation", operation),
                new("RecordCount", recordCount),
                new("ElapsedMilliseconds", elapsedMilliseconds),
                new("Outcome", outcome),
                new("ErrorCode", errorCode),
                new("IsRetriable", isRetriable),
            ]), null, LogValues.Format);
    }

    /// <summary>Event 4. The text names the error code only when there is one.</summary>
    public static void CallRetrying(ILogger logger, int attempt, double delayMilliseconds, string outcome, int? errorCode)
    {
        if (!logger.IsEnabled(LogLevel.Information))
        {
            return;
        }

        var code = errorCode is { } value ? string.Create(CultureInfo.InvariantCulture, $" (error code {value})") : string.Empty;
        var text = string.Create(CultureInfo.InvariantCulture, $"Repeating the call (attempt {attempt}) in {delayMilliseconds:F0} ms after {outcome}{code}");
        logger.Log(LogLevel.Information, CallRetryingEvent, new LogValues(
            text,
            errorCode is null
                ? "Repeating the call (attempt {Attempt}) in {DelayMilliseconds:F0} ms after {Outcome}"
                : "Repeating the call (attempt {Attempt}) in {DelayMilliseconds:F0} ms after {Outcome} (error code {ErrorCode})",
            [
                new("Attempt", attempt),
                new("DelayMilliseconds", delayMilliseconds),
                new("Outcome", outcome),
                new("ErrorCode", errorCode),
            ]), null, LogValues.Format);
    }

    [LoggerMessage(EventId = 100, EventName = "SoapRequest", Level = LogLevel.Trace,
        Message = "SOAP request {Action} (redacted):\n{Envelope}")]
    public static partial void SoapRequest(ILogger logger, string action, string envelope);

    [LoggerMessage(EventId = 101, EventName = "SoapReply", Level = LogLevel.Trace,
        Message = "SOAP reply (redacted):\n{Envelope}")]
    public static partial void SoapReply(ILogger logger, string envelope);
}
