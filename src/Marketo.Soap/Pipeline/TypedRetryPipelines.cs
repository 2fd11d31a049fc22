using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Polly;

namespace Marketo.Soap.Pipeline;

/// <summary>
/// One client's retry pipelines, one per result type and repeat-safety, built at the first call that
/// needs each (see <see cref="RetryPipelineFactory.Create{TResult}"/> for why typed).
/// </summary>
internal sealed class TypedRetryPipelines
{
    private readonly ConcurrentDictionary<(Type Result, RepeatSafety Safety), object> _pipelines = new();
    private readonly MarketoSoapRetryOptions _atConstruction;
    private readonly MarketoSoapRetryOptions _live;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    /// <param name="options">The caller's retry options; what a pipeline is built from is copied now, as an untyped pipeline built now would read it.</param>
    /// <param name="timeProvider">Times the back-off.</param>
    /// <param name="logger">Receives one event per repeat.</param>
    public TypedRetryPipelines(MarketoSoapRetryOptions options, TimeProvider timeProvider, ILogger logger)
    {
        _atConstruction = new MarketoSoapRetryOptions
        {
            MaxRetryAttempts = options.MaxRetryAttempts,
            BaseDelay = options.BaseDelay,
            MaxDelay = options.MaxDelay,
            RetryUnsafeCallsAfterAmbiguousFailures = options.RetryUnsafeCallsAfterAmbiguousFailures,
        };
        _live = options;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public ResiliencePipeline<TResult> For<TResult>(RepeatSafety repeatSafety) =>
        (ResiliencePipeline<TResult>)_pipelines.GetOrAdd(
            (typeof(TResult), repeatSafety),
            static (key, self) => RetryPipelineFactory.Create<TResult>(self._atConstruction, self._live, key.Safety, self._timeProvider, self._logger),
            this);
}
