using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.ServiceModel;
using Marketo.Soap.Generated;
using Marketo.Soap.Internal;
using Marketo.Soap.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly;

namespace Marketo.Soap;

/// <summary>
/// Calls Marketo's SOAP API (mktows 2_3), signing every call with the instance's user id and
/// encryption key.
/// </summary>
/// <remarks>
/// One instance is safe to use from many threads at once and reuses one WCF channel factory, so
/// register it as a singleton (<c>services.AddMarketoSoapClient(...)</c> does) and dispose it when
/// the application stops.
/// </remarks>
public partial class MarketoSoapClient : IMarketoSoapClient, IDisposable
{
    private const string SyncMultipleLeadsOperation = "syncMultipleLeads";
    private const string SyncMObjectsOperation = "syncMObjects";

    private readonly MktowsPortClient _port = null!;
    private readonly AuthenticationHeaderFactory _headers = null!;
    private readonly CallPacer _pacer = null!;
    private readonly ResiliencePipeline _retry = null!;
    private readonly ResiliencePipeline _retryOnlyWhenUnapplied = null!;
    private readonly TimeProvider _timeProvider = TimeProvider.System;
    private readonly ILogger _logger = NullLogger.Instance;
    private readonly string _endpointForLogs = string.Empty;

    /// <summary>Creates a client for a Marketo instance.</summary>
    /// <param name="options">Where and as whom to call; checked here.</param>
    /// <param name="logger">Receives one event per call; null logs nothing.</param>
    /// <param name="timeProvider">The clock that timestamps each signature; null uses the system clock and local time zone.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="OptionsValidationException"><paramref name="options"/> is incomplete or invalid; the message lists every problem.</exception>
    public MarketoSoapClient(MarketoSoapOptions options, ILogger<MarketoSoapClient>? logger = null, TimeProvider? timeProvider = null)
        : this(options, logger, timeProvider, transport: null)
    {
    }

    /// <summary>Creates a client whose HTTP exchange can be replaced, for tests that replay recorded answers.</summary>
    /// <param name="options">Where and as whom to call; checked here.</param>
    /// <param name="logger">Receives one event per call; null logs nothing.</param>
    /// <param name="timeProvider">The clock that timestamps each signature; null uses the system clock.</param>
    /// <param name="transport">Replaces the network under the client; null sends through WCF's own handler.</param>
    internal MarketoSoapClient(MarketoSoapOptions options, ILogger? logger, TimeProvider? timeProvider, Func<HttpClientHandler, HttpMessageHandler>? transport)
    {
        ArgumentNullException.ThrowIfNull(options);
        var validation = new MarketoSoapOptionsValidator().Validate(Options.DefaultName, options);
        if (validation.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(MarketoSoapOptions), validation.Failures);
        }

        var endpoint = options.Endpoint!;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger.Instance;
        _headers = new AuthenticationHeaderFactory(options.UserId!, options.EncryptionKey!, _timeProvider);
        // Scheme, host, port and path only: user info or a query could carry credentials.
        _endpointForLogs = endpoint.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);

        _pacer = new CallPacer(options.MaxConcurrentCalls, options.RateLimiter);
        _retry = RetryPipelineFactory.Create(options.Retry, repeatableWhenAmbiguous: true, _timeProvider, _logger);
        _retryOnlyWhenUnapplied = options.Retry.RetryInsertsAfterAmbiguousFailures
            ? _retry
            : RetryPipelineFactory.Create(options.Retry, repeatableWhenAmbiguous: false, _timeProvider, _logger);

        _port = new MktowsPortClient(MarketoBinding.Create(endpoint, options.Timeout), new EndpointAddress(endpoint));
        _port.Endpoint.EndpointBehaviors.Add(new HttpHandlerBehavior(transport));
        _port.Endpoint.EndpointBehaviors.Add(new SoapTraceInspector(_logger));

        // Opened here, not on the first call. A channel WCF opens on demand queues the calls that
        // arrive while it opens and releases them from the opening call's async flow, where they
        // find that call's HttpExchange: its cancellation token and its HTTP status. Opening an
        // HTTP channel sends nothing over the network.
        ((ICommunicationObject)_port).Open();
    }

    /// <summary>For mocking only: creates a client that is not connected to anything.</summary>
    protected MarketoSoapClient()
    {
    }

    /// <inheritdoc/>
    public virtual Task<SyncMultipleLeadsResult> SyncMultipleLeadsAsync(SyncMultipleLeadsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return InvokeAsync(
            PrepareLeads(request),
            result => Tally(SyncMultipleLeadsOperation, result.Results, r => r.Succeeded, r => r.StatusText),
            cancellationToken);
    }

    /// <inheritdoc/>
    public virtual Task<SyncMObjectsResult> SyncMObjectsAsync(SyncMObjectsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return InvokeAsync(
            PrepareMObjects(request),
            result => Tally(SyncMObjectsOperation, result.Results, r => r.Succeeded, r => r.StatusText),
            cancellationToken);
    }

    /// <summary>Closes the channel factory. Calls in flight are aborted.</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Closes the channel factory when <paramref name="disposing"/> is true.</summary>
    /// <param name="disposing">Whether the call comes from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing && _port is not null)
        {
            // Abort, not Close: Close waits for calls in flight, and a stopping host should not.
            _port.Abort();
            _pacer.Dispose();
        }
    }

    /// <summary>
    /// A syncMultipleLeads call, validated and mapped once, ready for any number of attempts. The
    /// warm-up attempts exactly this, so it warms the path real calls take.
    /// </summary>
    private PreparedCall<syncMultipleLeadsResponse, SyncMultipleLeadsResult> PrepareLeads(SyncMultipleLeadsRequest request)
    {
        LeadRequestValidator.Validate(request);
        var body = LeadRequestMapper.ToProxy(request);

        // A repeated lead sync writes the same values to the same keys again; it is safe to repeat.
        return new(
            SyncMultipleLeadsOperation,
            request.Leads.Count,
            _retry,
            header => _port.syncMultipleLeadsAsync(new syncMultipleLeadsRequest(header, body)),
            response => ResultMapper.ToResult(request, response?.successSyncMultipleLeads, SyncMultipleLeadsOperation));
    }

    /// <summary>A syncMObjects call, validated and mapped once, ready for any number of attempts.</summary>
    private PreparedCall<syncMObjectsResponse, SyncMObjectsResult> PrepareMObjects(SyncMObjectsRequest request)
    {
        MObjectRequestValidator.Validate(request);
        var body = MObjectRequestMapper.ToProxy(request);

        // An insert that reached Marketo creates new objects each time it is sent.
        return new(
            SyncMObjectsOperation,
            request.Objects.Count,
            request.Operation == MObjectOperation.Insert ? _retryOnlyWhenUnapplied : _retry,
            header => _port.syncMObjectsAsync(new syncMObjectsRequest(header, body)),
            response => ResultMapper.ToResult(request, response?.successSyncMObjects, SyncMObjectsOperation));
    }

    private async Task<TResult> InvokeAsync<TResponse, TResult>(
        PreparedCall<TResponse, TResult> call,
        Func<TResult, (int Succeeded, int Failed)> tally,
        CancellationToken cancellationToken)
    {
        var (operation, recordCount) = (call.Operation, call.RecordCount);
        if (cancellationToken.IsCancellationRequested)
        {
            var beforeStart = new OperationCanceledException(cancellationToken);
            UnsentCallCancellations.Mark(beforeStart);
            throw beforeStart;
        }

        Log.CallStarting(_logger, operation, recordCount, _endpointForLogs);
        using var activity = StartActivity(operation, recordCount);
        var started = _timeProvider.GetTimestamp();
        var sent = new StrongBox<bool>();

        try
        {
            var result = await call.Retry.ExecuteAsync(
                async token => await AttemptAsync(call, sent, token).ConfigureAwait(false),
                cancellationToken).ConfigureAwait(false);
            var (succeeded, failed) = tally(result);
            var elapsed = _timeProvider.GetElapsedTime(started);
            Log.CallSucceeded(_logger, operation, recordCount, elapsed.TotalMilliseconds, succeeded, failed);
            activity?.SetTag(TelemetryTags.RecordsSucceeded, succeeded).SetTag(TelemetryTags.RecordsFailed, failed);
            RecordCall(operation, "success", elapsed);
            return result;
        }
        catch (MarketoSoapException failure)
        {
            var elapsed = _timeProvider.GetElapsedTime(started);
            Log.CallFailed(_logger, operation, recordCount, elapsed.TotalMilliseconds, failure.GetType().Name, failure.ErrorCode?.Value, failure.IsRetriable);
            activity?.SetStatus(ActivityStatusCode.Error, failure.GetType().Name)
                .SetTag(TelemetryTags.ErrorCode, failure.ErrorCode?.Value)
                .SetTag(TelemetryTags.Retriable, failure.IsRetriable);
            RecordCall(operation, failure is MarketoTransportException ? "transport_failure" : "fault", elapsed);
            MarketoTelemetry.Faults.Add(1, new(TelemetryTags.Operation, operation), new(TelemetryTags.ErrorCode, failure.ErrorCode?.Value));
            throw;
        }
        catch (OperationCanceledException cancellation)
        {
            var elapsed = _timeProvider.GetElapsedTime(started);
            Log.CallFailed(_logger, operation, recordCount, elapsed.TotalMilliseconds, "cancelled", null, false);
            activity?.SetStatus(ActivityStatusCode.Error, "cancelled");
            RecordCall(operation, "cancelled", elapsed);
            if (!sent.Value)
            {
                // Cancelled while waiting for a slot or a rate permit: nothing left the process.
                UnsentCallCancellations.Mark(cancellation);
            }

            throw;
        }
    }

    private static Activity? StartActivity(string operation, int recordCount)
    {
        var activity = MarketoTelemetry.ActivitySource.StartActivity(
            operation == SyncMultipleLeadsOperation ? "MarketoSoapClient.SyncMultipleLeads" : "MarketoSoapClient.SyncMObjects",
            ActivityKind.Client);
        return activity?.SetTag(TelemetryTags.Operation, operation).SetTag(TelemetryTags.RecordCount, recordCount);
    }

    private static void RecordCall(string operation, string outcome, TimeSpan elapsed)
    {
        var operationTag = new KeyValuePair<string, object?>(TelemetryTags.Operation, operation);
        var outcomeTag = new KeyValuePair<string, object?>(TelemetryTags.Outcome, outcome);
        MarketoTelemetry.Calls.Add(1, operationTag, outcomeTag);
        MarketoTelemetry.CallDuration.Record(elapsed.TotalSeconds, operationTag, outcomeTag);
    }

    /// <summary>One attempt: a pacer slot, a fresh signature, one exchange, and WCF's failures translated; <c>sent</c> is set once it leaves the pacer.</summary>
    private async ValueTask<TResult> AttemptAsync<TResponse, TResult>(PreparedCall<TResponse, TResult> call, StrongBox<bool> sent, CancellationToken cancellationToken)
    {
        var operation = call.Operation;
        using var slot = await _pacer.AcquireAsync(operation, cancellationToken).ConfigureAwait(false);
        using var exchange = HttpExchange.Begin(cancellationToken);
        sent.Value = true;
        try
        {
            // Signed here, immediately before the send, so every attempt carries a fresh timestamp
            // (Marketo refuses stale ones with 20016).
            var response = await call.Send(_headers.Create()).ConfigureAwait(false);
            return call.Read(response);
        }
        catch (Exception exception) when (cancellationToken.IsCancellationRequested && exception is not MarketoSoapException)
        {
            throw new OperationCanceledException($"{operation} was cancelled; whether Marketo received it is unknown.", exception, cancellationToken);
        }
        catch (Exception exception) when (exception is not MarketoSoapException and not OperationCanceledException)
        {
            throw ExceptionTranslator.Translate(exception, exchange, operation, _timeProvider);
        }
    }

    private static (int Succeeded, int Failed) Tally<T>(string operation, IReadOnlyList<T> results, Func<T, bool> succeeded, Func<T, string> statusOf)
    {
        MarketoTelemetry.RecordStatuses(operation, results, statusOf);
        var count = 0;
        foreach (var result in results)
        {
            if (succeeded(result))
            {
                count++;
            }
        }

        return (count, results.Count - count);
    }

    /// <summary>What one operation's call needs, whichever attempt sends it.</summary>
    private sealed record PreparedCall<TResponse, TResult>(
        string Operation,
        int RecordCount,
        ResiliencePipeline Retry,
        Func<AuthenticationHeaderInfo, Task<TResponse>> Send,
        Func<TResponse?, TResult> Read);
}
