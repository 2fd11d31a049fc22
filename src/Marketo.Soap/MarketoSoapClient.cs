using System.ServiceModel;
using Marketo.Soap.Generated;
using Marketo.Soap.Internal;
using Marketo.Soap.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

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
public class MarketoSoapClient : IMarketoSoapClient, IDisposable
{
    private const string SyncMultipleLeadsOperation = "syncMultipleLeads";
    private const string SyncMObjectsOperation = "syncMObjects";

    private readonly MktowsPortClient _port = null!;
    private readonly AuthenticationHeaderFactory _headers = null!;
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
        _endpointForLogs = endpoint.GetLeftPart(UriPartial.Path);

        _port = new MktowsPortClient(MarketoBinding.Create(endpoint, options.Timeout), new EndpointAddress(endpoint));
        _port.Endpoint.EndpointBehaviors.Add(new HttpHandlerBehavior(transport));

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
        LeadRequestValidator.Validate(request);
        var body = LeadRequestMapper.ToProxy(request);

        return InvokeAsync(
            SyncMultipleLeadsOperation,
            request.Leads.Count,
            header => _port.syncMultipleLeadsAsync(new syncMultipleLeadsRequest(header, body)),
            response => ResultMapper.ToResult(request, response?.successSyncMultipleLeads, SyncMultipleLeadsOperation),
            result => CountOutcomes(result.Results, r => r.Succeeded),
            cancellationToken);
    }

    /// <inheritdoc/>
    public virtual Task<SyncMObjectsResult> SyncMObjectsAsync(SyncMObjectsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        MObjectRequestValidator.Validate(request);
        var body = MObjectRequestMapper.ToProxy(request);

        return InvokeAsync(
            SyncMObjectsOperation,
            request.Objects.Count,
            header => _port.syncMObjectsAsync(new syncMObjectsRequest(header, body)),
            response => ResultMapper.ToResult(request, response?.successSyncMObjects, SyncMObjectsOperation),
            result => CountOutcomes(result.Results, r => r.Succeeded),
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
        }
    }

    private async Task<TResult> InvokeAsync<TResponse, TResult>(
        string operation,
        int recordCount,
        Func<AuthenticationHeaderInfo, Task<TResponse>> send,
        Func<TResponse?, TResult> read,
        Func<TResult, (int Succeeded, int Failed)> countOutcomes,
        CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Log.CallStarting(_logger, operation, recordCount, _endpointForLogs);
        var started = _timeProvider.GetTimestamp();

        using var exchange = HttpExchange.Begin(cancellationToken);
        try
        {
            // Signed here, immediately before the send, so the timestamp is as fresh as it can be.
            var response = await send(_headers.Create()).ConfigureAwait(false);
            var result = read(response);
            var (succeeded, failed) = countOutcomes(result);
            Log.CallSucceeded(_logger, operation, recordCount, ElapsedMilliseconds(started), succeeded, failed);
            return result;
        }
        catch (Exception exception) when (cancellationToken.IsCancellationRequested && exception is not MarketoSoapException)
        {
            Log.CallFailed(_logger, operation, recordCount, ElapsedMilliseconds(started), "cancelled", null, false);
            throw new OperationCanceledException($"{operation} was cancelled; whether Marketo received it is unknown.", exception, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var translated = ExceptionTranslator.Translate(exception, exchange, operation, _timeProvider);
            Log.CallFailed(_logger, operation, recordCount, ElapsedMilliseconds(started), translated.GetType().Name, translated.ErrorCode?.Value, translated.IsRetriable);
            if (ReferenceEquals(translated, exception))
            {
                throw;
            }

            throw translated;
        }
    }

    private double ElapsedMilliseconds(long started) => _timeProvider.GetElapsedTime(started).TotalMilliseconds;

    private static (int Succeeded, int Failed) CountOutcomes<T>(IReadOnlyList<T> results, Func<T, bool> succeeded)
    {
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
}
