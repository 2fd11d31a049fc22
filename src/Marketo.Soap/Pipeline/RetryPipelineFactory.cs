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

        var repeatUnsafe = options.RetryUnsafeCallsAfterAmbiguousFailures;
        return new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Exception is { } failure && RetryDecision.ShouldRetry(failure, repeatSafety, repeatUnsafe)),
                MaxRetryAttempts = options.MaxRetryAttempts,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(
                    args.Outcome.Exception is MarketoSoapException { ErrorCode.Value: 20023 }
                        ? RateLimitBackoff.Delay(options, Random.Shared.NextDouble())
                        : null),
                OnRetry = args =>
                {
                    var failure = args.Outcome.Exception as MarketoSoapException;
                    Log.CallRetrying(logger, args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds, failure?.GetType().Name ?? "unknown", failure?.ErrorCode?.Value);
                    return default;
                },
            })
            .Build();
    }
}
