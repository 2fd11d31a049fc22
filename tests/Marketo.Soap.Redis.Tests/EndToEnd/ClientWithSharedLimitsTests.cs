using Marketo.Soap.Models;
using Marketo.Soap.Redis.Tests.TestSupport;
using Marketo.Soap.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Marketo.Soap.Redis.Tests.EndToEnd;

/// <summary>A real client, its permits in Redis, against the emulator.</summary>
[Collection(RedisCollection.Name)]
public sealed class ClientWithSharedLimitsTests(RedisServer redis)
{
    private static readonly SyncMultipleLeadsRequest OneLead = new() { Leads = [new LeadRecord { Email = "ada@example.com" }] };

    [Fact]
    public async Task SyncMultipleLeadsAsync_WithSharedLimits_SpendsOnePermitOfTheInstancesWindowInRedis()
    {
        await using var emulator = await MarketoSoapEmulator.StartAsync();
        var options = emulator.CreateClientOptions();
        var limitsOptions = TestLimits.Options(o => o.CallsPerWindow = 5);
        using var limits = MarketoRedisLimits.Create(redis.Connection, options.Endpoint!, options.UserId!, limitsOptions);
        limits.ApplyTo(options);
        using var client = new MarketoSoapClient(options);

        await client.SyncMultipleLeadsAsync(OneLead);
        await client.SyncMultipleLeadsAsync(OneLead);

        var window = await redis.Connection.GetDatabase().SortedSetLengthAsync($"rl:sw:{{{limitsOptions.KeyPrefix}:{limits.InstanceKey}:rate}}");
        var inFlight = await redis.Connection.GetDatabase().SortedSetLengthAsync($"rl:cc:{{{limitsOptions.KeyPrefix}:{limits.InstanceKey}:in-flight}}");
        Assert.Equal(2, window);
        Assert.Equal(0, inFlight);
        Assert.Equal("ada@example.com", emulator.Store.Leads.Single().Email);
    }

    [Fact]
    public async Task SyncMultipleLeadsAsync_RedisDownAndFailFast_FailsWithoutSendingAnything()
    {
        await using var emulator = await MarketoSoapEmulator.StartAsync();
        await using var nobody = await ConnectionMultiplexer.ConnectAsync(RedisServer.Configuration($"127.0.0.1:{RedisServer.FreeLoopbackPort()}"));
        var options = emulator.CreateClientOptions();
        using var limits = MarketoRedisLimits.Create(nobody, options.Endpoint!, options.UserId!, TestLimits.Options(o => o.WhenRedisUnavailable = RedisUnavailableBehavior.FailFast));
        limits.ApplyTo(options);
        using var client = new MarketoSoapClient(options);

        await Assert.ThrowsAsync<MarketoLimitsUnavailableException>(() => client.SyncMultipleLeadsAsync(OneLead));

        Assert.Empty(emulator.Exchanges);
    }

    [Fact]
    public async Task UseMarketoRedisLimits_WithTheClientRegistered_GivesItTheInstancesSharedLimitersAndDisposesThemWithTheContainer()
    {
        await using var emulator = await MarketoSoapEmulator.StartAsync();
        var emulatorOptions = emulator.CreateClientOptions();
        var prefix = TestLimits.Options().KeyPrefix;
        var services = new ServiceCollection();
        services.AddSingleton(redis.Connection);
        services.AddMarketoSoapClient(o => (o.Endpoint, o.UserId, o.EncryptionKey) = (emulatorOptions.Endpoint, emulatorOptions.UserId, emulatorOptions.EncryptionKey))
            .UseMarketoRedisLimits(o => o.KeyPrefix = prefix);
        MarketoSoapOptions options;
        await using (var provider = services.BuildServiceProvider())
        {
            options = provider.GetRequiredService<IOptions<MarketoSoapOptions>>().Value;
            await provider.GetRequiredService<IMarketoSoapClient>().SyncMultipleLeadsAsync(OneLead);
        }

        var expectedInstance = MarketoRedisLimits.Create(redis.Connection, emulatorOptions.Endpoint!, emulatorOptions.UserId!).InstanceKey;
        var keys = redis.Connection.GetServer(redis.Connection.GetEndPoints()[0]).Keys(pattern: prefix + "*").Select(k => k.ToString()).ToList();
        Assert.NotNull(options.RateLimiter);
        Assert.NotNull(options.ConcurrencyLimiter);
        Assert.Contains($"{prefix}:{expectedInstance}:quota:", string.Join(' ', keys), StringComparison.Ordinal);
        await Assert.ThrowsAsync<ObjectDisposedException>(async () => await options.RateLimiter!.AcquireAsync(1));
    }
}
