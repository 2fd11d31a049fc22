using Marketo.Soap.Models;
using Marketo.Soap.Testing.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;

namespace Marketo.Soap.Testing.Tests.EndToEnd;

/// <summary>
/// The health check registered with <c>AddHealthChecks().AddMarketoSoap()</c>, driven by a client's
/// real calls to the emulator, on one fake clock shared by both.
/// </summary>
public sealed class HealthCheckEndToEndTests
{
    private static readonly SyncMultipleLeadsRequest OneLead = new() { Leads = [new LeadRecord { Email = "ada@example.com" }] };

    private readonly FakeTimeProvider _clock = TestClock.Create();

    private ServiceProvider Host(MarketoSoapEmulator emulator, Action<MarketoSoapOptions>? adjust = null)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<TimeProvider>(_clock);
        services.AddKeyedMarketoSoapClient("eu", o =>
        {
            var emulated = emulator.CreateClientOptions();
            (o.Endpoint, o.UserId, o.EncryptionKey) = (emulated.Endpoint, emulated.UserId, emulated.EncryptionKey);
            o.Retry.MaxRetryAttempts = 0;   // a repeat would wait on the fake clock
            adjust?.Invoke(o);
        });
        services.AddHealthChecks().AddMarketoSoap("eu");
        return services.BuildServiceProvider();
    }

    private static async Task<HealthReportEntry> CheckAsync(ServiceProvider provider) =>
        (await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync()).Entries["marketo-soap-eu"];

    private static IMarketoSoapClient Client(ServiceProvider provider) => provider.GetRequiredKeyedService<IMarketoSoapClient>("eu");

    [Fact]
    public async Task NoCallsYet_IsHealthyAndCallsNothing()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        await using var provider = Host(emulator);

        var health = await CheckAsync(provider);

        Assert.Equal(HealthStatus.Healthy, health.Status);
        Assert.Empty(emulator.Exchanges);
    }

    [Fact]
    public async Task CredentialsRefused_IsUnhealthyUntilACallSucceeds()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        await using var provider = Host(emulator, o => o.EncryptionKey = "not-the-key");
        await Assert.ThrowsAsync<MarketoAuthenticationException>(() => Client(provider).SyncMultipleLeadsAsync(OneLead));

        var health = await CheckAsync(provider);

        Assert.Equal(HealthStatus.Unhealthy, health.Status);
        Assert.Contains("20014", health.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-key", health.Description, StringComparison.Ordinal);
        Assert.Single(emulator.Exchanges);   // the check itself sent nothing
    }

    [Fact]
    public async Task DailyQuotaExhausted_IsDegradedUntilItResets()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock, o => o.DailyQuota = 1);
        await using var provider = Host(emulator);
        await Client(provider).SyncMultipleLeadsAsync(OneLead);
        var quota = await Assert.ThrowsAsync<MarketoQuotaExceededException>(() => Client(provider).SyncMultipleLeadsAsync(OneLead));

        var exhausted = await CheckAsync(provider);
        _clock.SetUtcNow(quota.ResetsAt.AddSeconds(-1));
        var justBefore = await CheckAsync(provider);
        _clock.SetUtcNow(quota.ResetsAt);
        var reset = await CheckAsync(provider);

        Assert.Equal((HealthStatus.Degraded, quota.ResetsAt), (exhausted.Status, exhausted.Data["quota_resets_at"]));
        Assert.Equal(HealthStatus.Degraded, justBefore.Status);
        Assert.Equal(HealthStatus.Healthy, reset.Status);
        Assert.Equal(2, emulator.Exchanges.Count);
    }

    [Fact]
    public async Task ConnectionDropped_IsDegradedForFiveMinutes()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        await using var provider = Host(emulator);
        emulator.Faults.Inject(InjectedFault.DropConnection());
        await Assert.ThrowsAsync<MarketoTransportException>(() => Client(provider).SyncMultipleLeadsAsync(OneLead));

        var failed = await CheckAsync(provider);
        _clock.Advance(TimeSpan.FromMinutes(5));
        var later = await CheckAsync(provider);

        Assert.Equal((HealthStatus.Degraded, 1), (failed.Status, failed.Data["transport_failures"]));
        Assert.Equal(HealthStatus.Healthy, later.Status);
    }

    [Fact]
    public async Task ConnectionDroppedThenACallSucceeds_IsHealthyAgain()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        await using var provider = Host(emulator);
        emulator.Faults.Inject(InjectedFault.DropConnection());
        await Assert.ThrowsAsync<MarketoTransportException>(() => Client(provider).SyncMultipleLeadsAsync(OneLead));

        await Client(provider).SyncMultipleLeadsAsync(OneLead);
        var health = await CheckAsync(provider);

        Assert.Equal(HealthStatus.Healthy, health.Status);
        Assert.StartsWith("Last call succeeded at", health.Description, StringComparison.Ordinal);
    }
}
