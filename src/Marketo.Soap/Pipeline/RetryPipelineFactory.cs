using Marketo.Soap.Telemetry;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Marketo.Soap.Pipeline;

/// <summary>Builds the Polly pipelines that repeat failed attempts with exponential back-off and jitter.</summary>
internal static class RetryPipelineFactory
{
    public static ResiliencePipeline Create(MarketoSoapRetryOptions options, bool repeatableWhenAmbiguous, TimeProvider timeProvider, ILogger logger)
    {
        if (options.MaxRetryAttempts == 0)
        {
            return ResiliencePipeline.Empty;
        }

        return new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Exception is { } failure && RetryDecision.ShouldRetry(failure, repeatableWhenAmbiguous)),
                MaxRetryAttempts = options.MaxRetryAttempts,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
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
