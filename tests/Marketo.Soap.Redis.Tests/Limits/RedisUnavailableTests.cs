using Marketo.Soap.Redis.Tests.TestSupport;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Marketo.Soap.Redis.Tests.Limits;

/// <summary>What a call does when nothing answers where Redis should be.</summary>
public sealed class RedisUnavailableTests : IAsyncLifetime
{
    private IConnectionMultiplexer _nobody = null!;

    public async Task InitializeAsync() =>
        _nobody = await ConnectionMultiplexer.ConnectAsync(RedisServer.Configuration($"127.0.0.1:{RedisServer.FreeLoopbackPort()}"));

    public async Task DisposeAsync() => await _nobody.DisposeAsync();

    [Fact]
    public async Task RateLimiter_RedisDownAndFailFast_ThrowsLimitsUnavailable()
    {
        using var limits = MarketoRedisLimits.Create(_nobody, TestLimits.Endpoint, TestLimits.UserId, TestLimits.Options(o => o.WhenRedisUnavailable = RedisUnavailableBehavior.FailFast));

        var failure = await Assert.ThrowsAsync<MarketoLimitsUnavailableException>(async () => await limits.RateLimiter.AcquireAsync(1));

        Assert.False(failure.IsRetriable);
        Assert.Null(failure.ErrorCode);
    }

    [Fact]
    public async Task ConcurrencyLimiter_RedisDownAndFailFast_ThrowsLimitsUnavailable()
    {
        using var limits = MarketoRedisLimits.Create(_nobody, TestLimits.Endpoint, TestLimits.UserId, TestLimits.Options(o => o.WhenRedisUnavailable = RedisUnavailableBehavior.FailFast));

        await Assert.ThrowsAsync<MarketoLimitsUnavailableException>(async () => await limits.ConcurrencyLimiter.AcquireAsync(1));
    }

    [Fact]
    public async Task RateAndConcurrencyLimiters_RedisDownByDefault_GrantPermitsFromTheProcessesOwnLimitsAndWarnOncePerLimit()
    {
        var logger = new RecordingLogger();
        using var limits = MarketoRedisLimits.Create(_nobody, TestLimits.Endpoint, TestLimits.UserId, TestLimits.Options(), logger);

        var leases = new[]
        {
            await limits.RateLimiter.AcquireAsync(1),
            await limits.RateLimiter.AcquireAsync(1),
            await limits.ConcurrencyLimiter.AcquireAsync(1),
            await limits.ConcurrencyLimiter.AcquireAsync(1),
        };

        Assert.All(leases, l => Assert.True(l.IsAcquired));
        var warnings = logger.Events.Where(e => e.Level == LogLevel.Warning).ToList();
        Assert.Equal(["SharedLimitsUnavailable", "SharedLimitsUnavailable"], warnings.Select(w => w.Id.Name));
        Assert.Contains(warnings, w => w.Message.Contains("shared rate limit", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Message.Contains("shared concurrency limit", StringComparison.Ordinal));
        Assert.All(warnings, w => Assert.DoesNotContain(TestLimits.UserId, w.Message, StringComparison.Ordinal));
        Array.ForEach(leases, l => l.Dispose());
    }

    [Fact]
    public async Task ConcurrencyLimiter_RedisDownByDefault_HoldsTheProcessToMaxConcurrentCalls()
    {
        using var limits = MarketoRedisLimits.Create(_nobody, TestLimits.Endpoint, TestLimits.UserId, TestLimits.Options(o => o.MaxConcurrentCalls = 2));

        using var first = await limits.ConcurrencyLimiter.AcquireAsync(1);
        using var second = await limits.ConcurrencyLimiter.AcquireAsync(1);
        var third = limits.ConcurrencyLimiter.AcquireAsync(1).AsTask();
        var waitedWhileTwoWereHeld = !third.IsCompleted;
        second.Dispose();
        using var granted = await third;

        Assert.True(waitedWhileTwoWereHeld);
        Assert.True(granted.IsAcquired);
    }
}
