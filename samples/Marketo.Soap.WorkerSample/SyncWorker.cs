using System.Net.Http.Json;
using Marketo.Soap.Bulk;
using Marketo.Soap.Models;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Marketo.Soap.WorkerSample;

/// <summary>
/// Each round: bulk-syncs generated leads to every instance with a progress bar, then asks the
/// app's own <c>/healthz</c> how the instances are. With <c>--once</c>, stops the host after one
/// round, exit code 0 when every lead synced and every instance is healthy.
/// </summary>
internal sealed class SyncWorker(
    IServiceProvider services,
    WorkerSettings settings,
    IServer server,
    IHostApplicationLifetime lifetime,
    ILogger<SyncWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await WhenStartedAsync(stoppingToken);
        do
        {
            var ok = await RoundAsync(stoppingToken);
            if (settings.Once)
            {
                Environment.ExitCode = ok ? 0 : 1;
                lifetime.StopApplication();
                return;
            }

            await Task.Delay(TimeSpan.FromMinutes(1), stoppingToken);
        }
        while (!stoppingToken.IsCancellationRequested);
    }

    private async Task<bool> RoundAsync(CancellationToken cancellationToken)
    {
        var allSynced = true;
        foreach (var instance in settings.Instances)
        {
            var marketo = services.GetRequiredKeyedService<IMarketoSoapClient>(instance);
            var progress = new ProgressLine(instance, settings.LeadsPerInstance);
            long failed = 0;
            try
            {
                await foreach (var result in marketo.BulkSyncLeadsAsync(Leads(instance, settings.LeadsPerInstance), options: new BulkSyncOptions { Progress = progress }, cancellationToken: cancellationToken))
                {
                    failed += result.Status == LeadSyncStatus.Failed ? 1 : 0;
                }
            }
            catch (MarketoSoapException exception)
            {
                logger.LogError(exception, "The sync to {Instance} stopped", instance);
                failed = -1;
            }

            ProgressLine.Finish();
            allSynced &= failed == 0;
        }

        var health = await ReadHealthAsync(cancellationToken);
        Console.WriteLine($"/healthz: {health}");
        return allSynced && health.StartsWith("Healthy", StringComparison.Ordinal);
    }

    private async Task<string> ReadHealthAsync(CancellationToken cancellationToken)
    {
        var address = server.Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient { BaseAddress = new Uri(address) };
        using var answer = await http.GetAsync("/healthz", cancellationToken);
        var report = await answer.Content.ReadFromJsonAsync<HealthAnswer>(cancellationToken);
        return $"{report!.Status} ({string.Join(", ", report.Entries.Select(e => $"{e.Key}: {e.Value.Status}"))})";
    }

    private async Task WhenStartedAsync(CancellationToken cancellationToken)
    {
        // The server's address is known only once the host has started.
        var started = new TaskCompletionSource();
        using var registration = lifetime.ApplicationStarted.Register(started.SetResult);
        await started.Task.WaitAsync(cancellationToken);
    }

    private static async IAsyncEnumerable<LeadRecord> Leads(string instance, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            yield return new LeadRecord
            {
                Email = $"worker.{instance}.{i}@example.com",
                Attributes = [new("FirstName", $"Lead {i}"), new("Company", $"{instance.ToUpperInvariant()} Sample")],
            };
        }

        await Task.CompletedTask;
    }
}
