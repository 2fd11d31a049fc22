using Marketo.Soap.Telemetry;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Marketo.Soap.Pipeline;

/// <summary>Builds the Polly pipelines that repeat failed attempts with exponential back-off and jitter.</summary>
internal static class RetryPipelineFactory
{
    /// <param name="options">The caller's retry options.</param>
    /// <param name="repeatSafety">How safe the operations that will use the pipeline are to repeat.</param>
    /// <param name="timeProvider">Times the back-off.</param>
    /// <param name="logger">Receives one event per repeat.</param>
    public static ResiliencePipeline Create(MarketoSoapRetryOptions options, RepeatSafety repeatSafety, TimeProvider timeProvider, ILogger logger)
    {
        if (options.MaxRetryAttempts == 0)
        {
            return ResiliencePipeline.Empty;
        }

        var retry = new RetryStrategyOptions();
        Configure(retry, options, options, repeatSafety, logger);
        return new ResiliencePipelineBuilder { TimeProvider = timeProvider }.AddRetry(retry).Build();
    }

    /// <summary>
    /// The same pipeline typed by the call's result, which <see cref="CallPipeline"/> uses: an untyped
    /// pipeline runs a typed call through a bridge of three more async steps, each a state machine
    /// on the heap whenever the call completes asynchronously, as every call over the network does.
    /// </summary>
    /// <param name="options">The retry options as they were when the client was made (a copy): the pipeline is built at a type's first call.</param>
    /// <param name="live">The caller's retry options themselves, which the 20023 back-off reads at each wait, as the untyped pipeline does.</param>
    /// <param name="repeatSafety">How safe the operations that will use the pipeline are to repeat.</param>
    /// <param name="timeProvider">Times the back-off.</param>
    /// <param name="logger">Receives one event per repeat.</param>
    public static ResiliencePipeline<TResult> Create<TResult>(MarketoSoapRetryOptions options, MarketoSoapRetryOptions live, RepeatSafety repeatSafety, TimeProvider timeProvider, ILogger logger)
    {
        if (options.MaxRetryAttempts == 0)
        {
            return ResiliencePipeline<TResult>.Empty;
        }

        var retry = new RetryStrategyOptions<TResult>();
        Configure(retry, options, live, repeatSafety, logger);
        return new ResiliencePipelineBuilder<TResult> { TimeProvider = timeProvider }.AddRetry(retry).Build();
    }

    private static void Configure<TResult>(RetryStrategyOptions<TResult> retry, MarketoSoapRetryOptions options, MarketoSoapRetryOptions live, RepeatSafety repeatSafety, ILogger logger)
    {
        var repeatUnsafe = options.RetryUnsafeCallsAfterAmbiguousFailures;
        retry.ShouldHandle = args => ValueTask.FromResult(
            args.Outcome.Exception is { } failure && RetryDecision.ShouldRetry(failure, repeatSafety, repeatUnsafe));
        retry.MaxRetryAttempts = options.MaxRetryAttempts;
        retry.Delay = options.BaseDelay;
        retry.MaxDelay = options.MaxDelay;
        retry.BackoffType = DelayBackoffType.Exponential;
        retry.UseJitter = true;
        retry.DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(
            args.Outcome.Exception is MarketoSoapException { ErrorCode.Value: 20023 }
                ? RateLimitBackoff.Delay(live, Random.Shared.NextDouble())
                : null);
        retry.OnRetry = args =>
        {
            var failure = args.Outcome.Exception as MarketoSoapException;
            Log.CallRetrying(logger, args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds, failure?.GetType().Name ?? "unknown", failure?.ErrorCode?.Value);
            return default;
        };
    }
}
