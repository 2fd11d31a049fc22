using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Marketo.Soap.Hosting;

/// <summary>
/// Starts <see cref="MarketoSoapClient.WarmUpAsync"/> in the background when the host starts, so
/// the first real call does not pay for WCF's first use. It never delays the host's start, and a
/// failed warm-up is logged, not thrown: the first call then simply pays the cost itself.
/// </summary>
internal sealed partial class WarmUpHostedService : IHostedService
{
    private readonly Func<Task> _warmUp;
    private readonly bool _enabled;
    private readonly ILogger _logger;

    public WarmUpHostedService(IOptions<WarmUpSettings> settings, ILogger<WarmUpHostedService>? logger = null)
        : this(settings, logger, () => MarketoSoapClient.WarmUpAsync())
    {
    }

    /// <summary>For tests: runs <paramref name="warmUp"/> instead of the process's warm-up.</summary>
    internal WarmUpHostedService(IOptions<WarmUpSettings> settings, ILogger? logger, Func<Task> warmUp)
    {
        _enabled = settings.Value.Enabled;
        _logger = logger ?? NullLogger.Instance;
        _warmUp = warmUp;
    }

    /// <summary>The warm-up started, for tests and for <see cref="StopAsync"/>; null before start or when disabled.</summary>
    internal Task? Running { get; private set; }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (_enabled)
        {
            Running = Task.Run(RunAsync, CancellationToken.None);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task RunAsync()
    {
        try
        {
            await _warmUp().ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            WarmUpFailed(_logger, exception);
        }
    }

    [LoggerMessage(EventId = 10, EventName = "WarmUpFailed", Level = LogLevel.Warning,
        Message = "Warming up for Marketo calls failed; the first call will pay for it instead")]
    private static partial void WarmUpFailed(ILogger logger, Exception exception);
}
