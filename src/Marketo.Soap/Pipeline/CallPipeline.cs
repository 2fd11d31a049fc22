using Marketo.Soap.Generated;
using Marketo.Soap.Health;
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
    // The rendered start of an answer: its 2 KB of bytes indented, with room for the cut's note.
    private const int RawExchangeCharacters = 4096;

    private readonly MktowsPortClient _port;
    private readonly AuthenticationHeaderFactory _headers;
    private readonly CallPacer _pacer;
    private readonly TypedRetryPipelines _retries;
    private readonly SecretRedactor _redactor;
    private readonly ExceptionTranslator _translator;
    private readonly SoapTextRenderer _answerRenderer;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly string _endpointForLogs;
    private readonly string _ownerName;
    private readonly InstanceTags _instance;

    // Cancelled by Dispose: ends calls waiting for a slot, a permit or a back-off, and calls in
    // flight, at once rather than when their own timeout fires.
    private readonly CancellationTokenSource _disposing = new();

    /// <param name="options">Validated options.</param>
    /// <param name="logger">Receives the call events.</param>
    /// <param name="timeProvider">Timestamps signatures, measures durations and times back-off.</param>
    /// <param name="transport">Replaces the network under the client; null sends through WCF's own handler.</param>
    /// <param name="ownerName">The owning client's type name, named by the <see cref="ObjectDisposedException"/> of calls the client's disposal ends.</param>
    public CallPipeline(MarketoSoapOptions options, ILogger logger, TimeProvider timeProvider, Func<HttpClientHandler, HttpMessageHandler>? transport, string ownerName)
    {
        _ownerName = ownerName;
        var endpoint = options.Endpoint!;
        _timeProvider = timeProvider;
        _logger = logger;
        _headers = new AuthenticationHeaderFactory(options.UserId!, options.EncryptionKey!, timeProvider);
        // Scheme, host, port and path only: user info or a query could carry credentials.
        _endpointForLogs = endpoint.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);
        _instance = new InstanceTags(endpoint);
        RecentCalls = new RecentCalls(timeProvider);

        _redactor = new SecretRedactor(options.EncryptionKey!);
        _translator = new ExceptionTranslator(endpoint, options.Timeout, _redactor, timeProvider);

        // The raw exchange on an exception never carries record values, whatever the Trace option says.
        _answerRenderer = new SoapTextRenderer(_redactor, recordValues: false);

        _pacer = new CallPacer(options.MaxConcurrentCalls, options.RateLimiter, options.ConcurrencyLimiter);
        _retries = new TypedRetryPipelines(options.Retry, timeProvider, logger);

        var traceRenderer = new SoapTextRenderer(_redactor, options.UnredactedRecordValuesInTrace);
        _port = MarketoPortFactory.Open(endpoint, options.Timeout, transport, logger, traceRenderer, options.Serializer);
    }

    /// <summary>What the recent calls said about the instance, for the health check.</summary>
    public RecentCalls RecentCalls { get; }

    /// <summary>Whether <see cref="Dispose"/> has run; every call after it throws <see cref="ObjectDisposedException"/>.</summary>
    /// <summary>The clock of the owning client, which helpers that wait between calls wait on.</summary>
    public TimeProvider TimeProvider => _timeProvider;

    public bool IsDisposed => _disposing.IsCancellationRequested;

    /// <summary>Runs a call to its result, repeating attempts as its repeat-safety allows, with logs, a trace activity and metrics.</summary>
    /// <exception cref="ObjectDisposedException">The client was disposed before or during the call.</exception>
    public async Task<TResult> SendAsync<TResult>(PreparedCall<TResult> call, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            var beforeStart = new OperationCanceledException(cancellationToken);
            UnsentCallCancellations.Mark(beforeStart);
            throw beforeStart;
        }

        if (IsDisposed)
        {
            throw Disposed(call.Operation, anyAttemptMayHaveBeenApplied: false);
        }

        using var telemetry = CallTelemetry.Start(_logger, _timeProvider, call.Operation, call.ActivityName, call.RecordCount, _endpointForLogs, _instance, RecentCalls);
        var ledger = new AttemptLedger();

        // A token that cannot be cancelled needs no link: the disposal token alone stops the call.
        using var linked = cancellationToken.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _disposing.Token) : null;
        var callToken = linked?.Token ?? _disposing.Token;

        try
        {
            // The state overload with a static callback: no closure or delegate per call.
            var result = await RetryFor(call).ExecuteAsync(
                static (state, token) => state.Pipeline.AttemptAsync(state.Call, state.Ledger, token),
                (Pipeline: this, Call: call, Ledger: ledger),
                callToken).ConfigureAwait(false);
            telemetry.Succeeded(call.Tally?.Invoke(result) ?? default);
            return result;
        }
        catch (MarketoSoapException failure)
        {
            // The call's verdict, not the last attempt's: an earlier attempt whose answer was lost
            // may have been applied even though the last one was plainly refused.
            failure.MayHaveReachedMarketo = ledger.MayHaveBeenApplied;
            telemetry.Failed(failure);
            throw;
        }
        catch (OperationCanceledException cancellation)
        {
            telemetry.Cancelled();
            if (!cancellationToken.IsCancellationRequested && _disposing.IsCancellationRequested)
            {
                throw Disposed(call.Operation, ledger.MayHaveBeenApplied);
            }

            // The caller sees its own token, not the link with the client's disposal.
            var forCaller = cancellation.CancellationToken == cancellationToken
                ? cancellation
                : new OperationCanceledException(cancellation.Message, cancellation, cancellationToken);
            if (!ledger.MayHaveBeenApplied)
            {
                // Cancelled while waiting for a slot, a rate permit or a back-off, after attempts
                // (if any) that Marketo certainly did not apply: nothing of the call was applied.
                UnsentCallCancellations.Mark(forCaller);
            }

            if (ReferenceEquals(forCaller, cancellation))
            {
                throw;
            }

            throw forCaller;
        }
    }

    /// <summary>A real call's attempts, without the logging and telemetry that would count it as a call to Marketo; for the warm-up.</summary>
    public async Task SendWithoutTelemetryAsync<TResult>(PreparedCall<TResult> call) =>
        await RetryFor(call).ExecuteAsync(token => AttemptAsync(call, new AttemptLedger(), token)).ConfigureAwait(false);

    public void Dispose()
    {
        if (IsDisposed)
        {
            return;
        }

        // Cancel first: calls queued for a slot or a permit, backing off, or in flight end now,
        // while the pacer and the channel they would touch on the way out are still whole.
        _disposing.Cancel();

        // Abort, not Close: Close waits for calls in flight, and a stopping host should not.
        _port.Abort();

        // Stryker disable once Statement : it releases only the client's own limiter, which no call reaches once IsDisposed is set (CallPacerTests hold the pacer's disposal).
        _pacer.Dispose();
    }

    /// <summary>The exception of a call the client's disposal ended, or that came after it.</summary>
    /// <param name="operation">The call's operation.</param>
    /// <param name="anyAttemptMayHaveBeenApplied">Whether an attempt may have been applied: one was in flight, or an earlier one failed ambiguously.</param>
    private ObjectDisposedException Disposed(string operation, bool anyAttemptMayHaveBeenApplied)
    {
        if (anyAttemptMayHaveBeenApplied)
        {
            return new ObjectDisposedException(_ownerName, $"The client was disposed while {operation} was in flight; whether Marketo received it is unknown.");
        }

        // Before the first attempt, or while waiting to repeat attempts Marketo plainly refused.
        var unsent = new ObjectDisposedException(_ownerName, $"The client was disposed before {operation} was sent, or while it waited to be sent again after a refusal; Marketo applied none of it.");
        UnsentCallCancellations.Mark(unsent);
        return unsent;
    }

    private ResiliencePipeline<TResult> RetryFor<TResult>(PreparedCall<TResult> call) => _retries.For<TResult>(call.RepeatSafety);

    /// <summary>One attempt: a pacer slot, a fresh signature, one exchange, and WCF's failures translated.</summary>
    private async ValueTask<TResult> AttemptAsync<TResult>(PreparedCall<TResult> call, AttemptLedger ledger, CancellationToken cancellationToken)
    {
        var operation = call.Operation;
        using var slot = await _pacer.AcquireAsync(operation, cancellationToken).ConfigureAwait(false);
        using var exchange = HttpExchange.Begin(cancellationToken);
        var attempt = ledger.BeginAttempt();
        try
        {
            // Signed here, immediately before the send, so every attempt carries a fresh timestamp
            // (Marketo refuses stale ones with 20016).
            return await call.Send(_port, _headers.Create()).ConfigureAwait(false);
        }
        catch (Exception exception) when (cancellationToken.IsCancellationRequested && exception is not MarketoSoapException)
        {
            var cancelled = new OperationCanceledException($"{operation} was cancelled; whether Marketo received it is unknown.", _redactor.Scrub(exception), cancellationToken);
            ledger.Failed(cancelled);
            throw cancelled;
        }
        catch (Exception exception)
        {
            // Any other cancellation is WCF's own timer, which is a timeout: translated with the rest.
            var failure = _translator.Translate(exception, exchange, operation, attempt);
            failure.RawExchange ??= RawExchangeOf(exchange, call);
            ledger.Failed(failure);
            if (ReferenceEquals(failure, exception))
            {
                throw;
            }

            throw failure;
        }
    }

    private MarketoRawExchange RawExchangeOf<TResult>(HttpExchange exchange, PreparedCall<TResult> call) => new(
        call.Operation,
        call.RecordCount,
        exchange.StatusCode,
        exchange.ContentType,
        _answerRenderer.RenderAnswerStart(exchange.AnswerStart.Bytes, exchange.MediaType, RawExchangeCharacters));
}
