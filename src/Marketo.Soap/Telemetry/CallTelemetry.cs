using System.Diagnostics;
using Marketo.Soap.Health;
using Microsoft.Extensions.Logging;

namespace Marketo.Soap.Telemetry;

/// <summary>
/// What one call leaves behind in logs, traces, metrics and the client's recent-call health: a
/// start event, one activity, and one outcome (success, failure or cancellation) with its
/// duration. Repeats of a call count once.
/// </summary>
/// <remarks>A struct: it lives in the call's own async state, not as one more object per call.</remarks>
internal readonly struct CallTelemetry : IDisposable
{
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;
    private readonly string _operation;
    private readonly int _recordCount;
    private readonly InstanceTags _instance;
    private readonly RecentCalls? _recentCalls;
    private readonly long _started;
    private readonly Activity? _activity;

    private CallTelemetry(ILogger logger, TimeProvider timeProvider, string operation, string activityName, int recordCount, string endpoint, InstanceTags instance, RecentCalls? recentCalls)
    {
        _logger = logger;
        _timeProvider = timeProvider;
        _operation = operation;
        _recordCount = recordCount;
        _instance = instance;
        _recentCalls = recentCalls;

        Log.CallStarting(logger, operation, recordCount, endpoint);
        _activity = MarketoTelemetry.ActivitySource.StartActivity(activityName, ActivityKind.Client);
        if (_activity is { IsAllDataRequested: true })
        {
            _activity.SetTag(TelemetryTags.RpcSystem, TelemetryTags.SoapSystem)
                .SetTag(TelemetryTags.RpcService, TelemetryTags.MarketoService)
                .SetTag(TelemetryTags.RpcMethod, operation)
                .SetTag(instance.Address.Key, instance.Address.Value)
                .SetTag(instance.Port.Key, instance.Port.Value)
                .SetTag(TelemetryTags.Operation, operation)
                .SetTag(TelemetryTags.RecordCount, recordCount);
        }

        _started = timeProvider.GetTimestamp();
    }

    /// <summary>Logs the call's start, starts its activity and its clock.</summary>
    /// <param name="logger">Receives the call's events.</param>
    /// <param name="timeProvider">Measures the call's duration.</param>
    /// <param name="operation">The wire name of the operation.</param>
    /// <param name="activityName">The trace activity's name.</param>
    /// <param name="recordCount">How many records the call carries.</param>
    /// <param name="endpoint">The endpoint as it may be logged: without user info or query.</param>
    /// <param name="instance">The tags naming the instance called.</param>
    /// <param name="recentCalls">Keeps the outcome for the health check; null keeps nothing.</param>
    public static CallTelemetry Start(ILogger logger, TimeProvider timeProvider, string operation, string activityName, int recordCount, string endpoint, InstanceTags instance, RecentCalls? recentCalls) =>
        new(logger, timeProvider, operation, activityName, recordCount, endpoint, instance, recentCalls);

    public void Succeeded(RecordTally tally)
    {
        var elapsed = _timeProvider.GetElapsedTime(_started);
        Log.CallSucceeded(_logger, _operation, _recordCount, elapsed.TotalMilliseconds, tally.Succeeded, tally.Failed);
        _activity?.SetTag(TelemetryTags.RecordsSucceeded, tally.Succeeded).SetTag(TelemetryTags.RecordsFailed, tally.Failed);
        RecordCall("success", errorType: null, elapsed);
        RecordStatuses(tally.StatusCounts);
        _recentCalls?.Succeeded();
    }

    public void Failed(MarketoSoapException failure)
    {
        var elapsed = _timeProvider.GetElapsedTime(_started);
        var errorType = ErrorType(failure);
        Log.CallFailed(_logger, _operation, _recordCount, elapsed.TotalMilliseconds, failure.GetType().Name, failure.ErrorCode?.Value, failure.IsRetriable);
        _activity?.SetStatus(ActivityStatusCode.Error, failure.GetType().Name)
            .SetTag(TelemetryTags.ErrorType, errorType)
            .SetTag(TelemetryTags.ErrorCode, failure.ErrorCode?.Value)
            .SetTag(TelemetryTags.Retriable, failure.IsRetriable);
        RecordCall(failure is MarketoTransportException ? "transport_failure" : "fault", errorType, elapsed);
        MarketoTelemetry.Faults.Add(
            1,
            new(TelemetryTags.Operation, _operation),
            new(TelemetryTags.ErrorCode, failure.ErrorCode?.Value),
            _instance.Address,
            _instance.Port);
        _recentCalls?.Failed(failure);
    }

    public void Cancelled()
    {
        var elapsed = _timeProvider.GetElapsedTime(_started);
        Log.CallFailed(_logger, _operation, _recordCount, elapsed.TotalMilliseconds, "cancelled", null, false);
        _activity?.SetStatus(ActivityStatusCode.Error, "cancelled").SetTag(TelemetryTags.ErrorType, typeof(OperationCanceledException).FullName);
        RecordCall("cancelled", typeof(OperationCanceledException).FullName, elapsed);
    }

    public void Dispose() => _activity?.Dispose();

    /// <summary>
    /// <c>error.type</c>: Marketo's error code when it answered with one (a few dozen values), else
    /// the exception's full type name, as the conventions ask for a low-cardinality value.
    /// </summary>
    private static string ErrorType(MarketoSoapException failure) =>
        failure.ErrorCode is { } code ? code.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : failure.GetType().FullName!;

    private void RecordCall(string outcome, string? errorType, TimeSpan elapsed)
    {
        var tags = new System.Diagnostics.TagList
        {
            { TelemetryTags.Operation, _operation },
            { TelemetryTags.Outcome, outcome },
            _instance.Address,
            _instance.Port,
        };
        if (errorType is not null)
        {
            tags.Add(TelemetryTags.ErrorType, errorType);
        }

        MarketoTelemetry.Calls.Add(1, tags);
        MarketoTelemetry.CallDuration.Record(elapsed.TotalSeconds, tags);
    }

    private void RecordStatuses(IReadOnlyDictionary<string, long>? statusCounts)
    {
        if (statusCounts is null)
        {
            return;
        }

        foreach (var (status, count) in statusCounts)
        {
            MarketoTelemetry.Records.Add(count, new(TelemetryTags.Operation, _operation), new(TelemetryTags.Status, status), _instance.Address, _instance.Port);
        }
    }
}
