using Marketo.Soap.Hosting;
using Marketo.Soap.Tests.TestSupport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marketo.Soap.Tests.Hosting;

public class WarmUpHostedServiceTests
{
    private static IOptions<WarmUpSettings> Settings(bool enabled) => Options.Create(new WarmUpSettings { Enabled = enabled });

    [Fact]
    public async Task StartAsync_Enabled_StartsTheWarmUpWithoutWaitingForIt()
    {
        var warmUp = new TaskCompletionSource();
        var calls = 0;
        var service = new WarmUpHostedService(Settings(enabled: true), logger: null, () =>
        {
            Interlocked.Increment(ref calls);
            return warmUp.Task;
        });

        await service.StartAsync(CancellationToken.None);   // completes although the warm-up has not
        Assert.False(service.Running!.IsCompleted);

        warmUp.SetResult();
        await service.Running;
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task StartAsync_Disabled_DoesNotWarmUp()
    {
        var calls = 0;
        var service = new WarmUpHostedService(Settings(enabled: false), logger: null, () =>
        {
            calls++;
            return Task.CompletedTask;
        });

        await service.StartAsync(CancellationToken.None);

        Assert.Null(service.Running);
        Assert.Equal(0, calls);
    }

    [Fact]
    public async Task StartAsync_WarmUpFails_LogsAWarningInsteadOfThrowing()
    {
        var logger = new RecordingLogger();
        var service = new WarmUpHostedService(Settings(enabled: true), logger, () => Task.FromException(new InvalidOperationException("no serializer")));

        await service.StartAsync(CancellationToken.None);
        await service.Running!;

        var entry = Assert.Single(logger.Entries);
        Assert.Equal((LogLevel.Warning, "WarmUpFailed"), (entry.Level, entry.EventId.Name));
    }
}
