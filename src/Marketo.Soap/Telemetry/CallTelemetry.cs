using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Marketo.Soap.Telemetry;

/// <summary>
/// What one call leaves behind in logs, traces and metrics: a start event, one activity, and one
/// outcome (success, failure or cancellation) with its duration. Repeats of a call count once.
/// </summary>
internal sealed class CallTelemetry : IDisposable
{
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;
    private readonly string _operation;
    private readonly int _recordCount;
    private readonly long _started;
    private readonly Activity? _activity;

    private CallTelemetry(ILogger logger, TimeProvider timeProvider, string operation, string activityName, int recordCount, string endpoint)
    {
        _logger = logger;
        _timeProvider = timeProvider;
        _operation = operation;
        _recordCount = recordCount;

        Log.CallStarting(logger, operation, recordCount, endpoint);
        _activity = MarketoTelemetry.ActivitySource.StartActivity(activityName, ActivityKind.Client)
            ?.SetTag(TelemetryTags.Operation, operation)
            .SetTag(TelemetryTags.RecordCount, recordCount);
        _started = timeProvider.GetTimestamp();
    }

    /// <summary>Logs the call's start, starts its activity and its clock.</summary>
    /// <param name="logger">Receives the call's events.</param>
    /// <param name="timeProvider">Measures the call's duration.</param>
    /// <param name="operation">The wire name of the operation.</param>
    /// <param name="activityName">The trace activity's name.</param>
    /// <param name="recordCount">How many records the call carries.</param>
    /// <param name="endpoint">The endpoint as it may be logged: without user info or query.</param>
    public static CallTelemetry Start(ILogger logger, TimeProvider timeProvider, string operation, string activityName, int recordCount, string endpoint) =>
        new(logger, timeProvider, operation, activityName, recordCount, endpoint);

    public void Succeeded(RecordTally tally)
    {
        var elapsed = _timeProvider.GetElapsedTime(_started);
        Log.CallSucceeded(_logger, _operation, _recordCount, elapsed.TotalMilliseconds, tally.Succeeded, tally.Failed);
        _activity?.SetTag(TelemetryTags.RecordsSucceeded, tally.Succeeded).SetTag(TelemetryTags.RecordsFailed, tally.Failed);
        RecordCall("success", elapsed);
    }

    public void Failed(MarketoSoapException failure)
    {
        var elapsed = _timeProvider.GetElapsedTime(_started);
        Log.CallFailed(_logger, _operation, _recordCount, elapsed.TotalMilliseconds, failure.GetType().Name, failure.ErrorCode?.Value, failure.IsRetriable);
        _activity?.SetStatus(ActivityStatusCode.Error, failure.GetType().Name)
            .SetTag(TelemetryTags.ErrorCode, failure.ErrorCode?.Value)
            .SetTag(TelemetryTags.Retriable, failure.IsRetriable);
        RecordCall(failure is MarketoTransportException ? "transport_failure" : "fault", elapsed);
        MarketoTelemetry.Faults.Add(1, new(TelemetryTags.Operation, _operation), new(TelemetryTags.ErrorCode, failure.ErrorCode?.Value));
    }

    public void Cancelled()
    {
        var elapsed = _timeProvider.GetElapsedTime(_started);
        Log.CallFailed(_logger, _operation, _recordCount, elapsed.TotalMilliseconds, "cancelled", null, false);
        _activity?.SetStatus(ActivityStatusCode.Error, "cancelled");
        RecordCall("cancelled", elapsed);
    }

    public void Dispose() => _activity?.Dispose();

    private void RecordCall(string outcome, TimeSpan elapsed)
    {
        var operationTag = new KeyValuePair<string, object?>(TelemetryTags.Operation, _operation);
        var outcomeTag = new KeyValuePair<string, object?>(TelemetryTags.Outcome, outcome);
        MarketoTelemetry.Calls.Add(1, operationTag, outcomeTag);
        MarketoTelemetry.CallDuration.Record(elapsed.TotalSeconds, operationTag, outcomeTag);
    }
}
