using Marketo.Soap.Generated;
using Marketo.Soap.Telemetry;
using Marketo.Soap.Transport;
using Microsoft.Extensions.Logging;
using Polly;

namespace Marketo.Soap.Pipeline;

/// <summary>
/// The one path every operation's call takes: telemetry around the whole call, repeats, and for
/// each attempt a pacing slot, a fresh signature, one exchange over WCF, and the translation of
/// whatever went wrong into this library's exceptions.
/// </summary>
/// <remarks>
/// Operations never re-implement any of this: an operation file hands over a
/// <see cref="PreparedCall{TResult}"/> and gets its result back.
/// </remarks>
internal sealed class CallPipeline : IDisposable
{
    private readonly MktowsPortClient _port;
    private readonly AuthenticationHeaderFactory _headers;
    private readonly CallPacer _pacer;
    private readonly ResiliencePipeline _retry;
    private readonly ResiliencePipeline _retryOnlyWhenUnapplied;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly string _endpointForLogs;

    /// <param name="options">Validated options.</param>
    /// <param name="logger">Receives the call events.</param>
    /// <param name="timeProvider">Timestamps signatures, measures durations and times back-off.</param>
    /// <param name="transport">Replaces the network under the client; null sends through WCF's own handler.</param>
    public CallPipeline(MarketoSoapOptions options, ILogger logger, TimeProvider timeProvider, Func<HttpClientHandler, HttpMessageHandler>? transport)
    {
        var endpoint = options.Endpoint!;
        _timeProvider = timeProvider;
        _logger = logger;
        _headers = new AuthenticationHeaderFactory(options.UserId!, options.EncryptionKey!, timeProvider);
        // Scheme, host, port and path only: user info or a query could carry credentials.
        _endpointForLogs = endpoint.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);

        _pacer = new CallPacer(options.MaxConcurrentCalls, options.RateLimiter);
        _retry = RetryPipelineFactory.Create(options.Retry, repeatableWhenAmbiguous: true, timeProvider, logger);
        _retryOnlyWhenUnapplied = options.Retry.RetryUnsafeCallsAfterAmbiguousFailures
            ? _retry
            : RetryPipelineFactory.Create(options.Retry, repeatableWhenAmbiguous: false, timeProvider, logger);

        _port = MarketoPortFactory.Open(endpoint, options.Timeout, transport, logger);
    }

    /// <summary>Runs a call to its result, repeating attempts as its repeat-safety allows, with logs, a trace activity and metrics.</summary>
    public async Task<TResult> SendAsync<TResult>(PreparedCall<TResult> call, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            var beforeStart = new OperationCanceledException(cancellationToken);
            UnsentCallCancellations.Mark(beforeStart);
            throw beforeStart;
        }

        using var telemetry = CallTelemetry.Start(_logger, _timeProvider, call.Operation, call.ActivityName, call.RecordCount, _endpointForLogs);
        var sent = new AttemptLedger();

        try
        {
            var result = await RetryFor(call).ExecuteAsync(
                async token => await AttemptAsync(call, sent, token).ConfigureAwait(false),
                cancellationToken).ConfigureAwait(false);
            telemetry.Succeeded(call.Tally?.Invoke(result) ?? default);
            return result;
        }
        catch (MarketoSoapException failure)
        {
            telemetry.Failed(failure);
            throw;
        }
        catch (OperationCanceledException cancellation)
        {
            telemetry.Cancelled();
            if (!sent.AnyAttemptSent)
            {
                // Cancelled while waiting for a slot or a rate permit: nothing left the process.
                UnsentCallCancellations.Mark(cancellation);
            }

            throw;
        }
    }

    /// <summary>A real call's attempts, without the logging and telemetry that would count it as a call to Marketo; for the warm-up.</summary>
    public async Task SendWithoutTelemetryAsync<TResult>(PreparedCall<TResult> call) =>
        await RetryFor(call).ExecuteAsync(token => AttemptAsync(call, new AttemptLedger(), token)).ConfigureAwait(false);

    public void Dispose()
    {
        // Abort, not Close: Close waits for calls in flight, and a stopping host should not.
        _port.Abort();
        _pacer.Dispose();
    }

    private ResiliencePipeline RetryFor<TResult>(PreparedCall<TResult> call) =>
        call.RepeatSafety == RepeatSafety.Safe ? _retry : _retryOnlyWhenUnapplied;

    /// <summary>One attempt: a pacer slot, a fresh signature, one exchange, and WCF's failures translated.</summary>
    private async ValueTask<TResult> AttemptAsync<TResult>(PreparedCall<TResult> call, AttemptLedger ledger, CancellationToken cancellationToken)
    {
        var operation = call.Operation;
        using var slot = await _pacer.AcquireAsync(operation, cancellationToken).ConfigureAwait(false);
        using var exchange = HttpExchange.Begin(cancellationToken);
        ledger.AnyAttemptSent = true;
        try
        {
            // Signed here, immediately before the send, so every attempt carries a fresh timestamp
            // (Marketo refuses stale ones with 20016).
            return await call.Send(_port, _headers.Create()).ConfigureAwait(false);
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
}
