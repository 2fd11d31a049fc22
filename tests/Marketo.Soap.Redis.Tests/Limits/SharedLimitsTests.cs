using System.Threading.RateLimiting;
using Marketo.Soap.Redis.Tests.TestSupport;

namespace Marketo.Soap.Redis.Tests.Limits;

/// <summary>Two <see cref="MarketoRedisLimits"/> on the same Redis stand for two processes of a fleet.</summary>
[Collection(RedisCollection.Name)]
public sealed class SharedLimitsTests(RedisServer redis)
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 10, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ConcurrencyLimiter_TwoProcessesHoldTenPermits_TheEleventhWaitsUntilOneIsGivenBack()
    {
        var clock = new TimerWatchingClock(Noon);
        var options = TestLimits.Options();
        using var first = Limits(options, clock);
        using var second = Limits(options, clock);
        var held = new List<RateLimitLease>();
        for (var i = 0; i < 10; i++)
        {
            held.Add(await (i % 2 == 0 ? first : second).ConcurrencyLimiter.AcquireAsync(1));
        }

        var eleventh = second.ConcurrencyLimiter.AcquireAsync(1).AsTask();
        await clock.WaitForTimerAsync();
        var waitedWhileTenWereHeld = !eleventh.IsCompleted;
        held[0].Dispose();
        clock.Advance(options.PermitPollInterval * 2);
        using var lease = await eleventh;

        Assert.All(held, h => Assert.True(h.IsAcquired));
        Assert.True(waitedWhileTenWereHeld);
        Assert.True(lease.IsAcquired);
        held.ForEach(h => h.Dispose());
    }

    [Fact]
    public async Task RateLimiter_TwoProcessesUseUpTheWindow_TheNextCallWaitsForIt()
    {
        var clock = new TimerWatchingClock(Noon);
        var options = TestLimits.Options(o => (o.CallsPerWindow, o.Window, o.DailyQuota) = (3, TimeSpan.FromHours(1), null));
        using var first = Limits(options, clock);
        using var second = Limits(options, clock);
        using var cancel = new CancellationTokenSource();

        var granted = new[] { await first.RateLimiter.AcquireAsync(1), await second.RateLimiter.AcquireAsync(1), await first.RateLimiter.AcquireAsync(1) };
        var fourth = second.RateLimiter.AcquireAsync(1, cancel.Token).AsTask();
        await clock.WaitForTimerAsync();
        await cancel.CancelAsync();

        Assert.All(granted, g => Assert.True(g.IsAcquired));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fourth);
    }

    [Fact]
    public async Task RateLimiter_AnotherUserOfTheSameHost_HasABudgetOfItsOwn()
    {
        var options = TestLimits.Options(o => (o.CallsPerWindow, o.Window) = (1, TimeSpan.FromHours(1)));
        using var first = MarketoRedisLimits.Create(redis.Connection, TestLimits.Endpoint, TestLimits.UserId, options);
        using var other = MarketoRedisLimits.Create(redis.Connection, TestLimits.Endpoint, TestLimits.UserId + "2", options);

        using var firstLease = await first.RateLimiter.AcquireAsync(1);
        using var otherLease = await other.RateLimiter.AcquireAsync(1);

        Assert.True(firstLease.IsAcquired);
        Assert.True(otherLease.IsAcquired);
        Assert.NotEqual(first.InstanceKey, other.InstanceKey);
    }

    [Theory]
    [InlineData("2026-07-01T04:59:00Z", "2026-07-01T05:00:00Z")] // 23:59 CDT: daylight saving time
    [InlineData("2026-12-01T05:59:00Z", "2026-12-01T06:00:00Z")] // 23:59 CST
    public async Task RateLimiter_FleetUsedUpTheDailyQuota_FailsUntilMidnightUsCentral(string now, string midnight)
    {
        var clock = new TimerWatchingClock(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));
        var options = TestLimits.Options(o => o.DailyQuota = 2);
        using var first = Limits(options, clock);
        using var second = Limits(options, clock);

        (await first.RateLimiter.AcquireAsync(1)).Dispose();
        (await second.RateLimiter.AcquireAsync(1)).Dispose();
        var refused = await Assert.ThrowsAsync<MarketoQuotaExceededException>(async () => await first.RateLimiter.AcquireAsync(1));
        clock.Advance(TimeSpan.FromMinutes(1));
        using var nextDay = await second.RateLimiter.AcquireAsync(1);

        Assert.Equal(DateTimeOffset.Parse(midnight, System.Globalization.CultureInfo.InvariantCulture), refused.ResetsAt);
        Assert.Equal(MarketoErrorCode.RequestLimitExceeded, refused.ErrorCode);
        Assert.True(nextDay.IsAcquired);
    }

    [Fact]
    public async Task Create_AfterPermitsAreTaken_NoRedisKeyShowsTheUserId()
    {
        var options = TestLimits.Options();
        using var limits = Limits(options, TimeProvider.System);

        (await limits.RateLimiter.AcquireAsync(1)).Dispose();
        (await limits.ConcurrencyLimiter.AcquireAsync(1)).Dispose();
        var server = redis.Connection.GetServer(redis.Connection.GetEndPoints()[0]);
        var keys = server.Keys(pattern: "*" + limits.InstanceKey + "*").Select(k => k.ToString()).ToList();

        Assert.NotEmpty(keys);
        Assert.All(keys, k => Assert.DoesNotContain(TestLimits.UserId, k, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(keys, k => k.Contains(options.KeyPrefix + ":" + limits.InstanceKey + ":quota:", StringComparison.Ordinal));
    }

    private MarketoRedisLimits Limits(MarketoRedisLimitsOptions options, TimeProvider clock) =>
        MarketoRedisLimits.Create(redis.Connection, TestLimits.Endpoint, TestLimits.UserId, options, timeProvider: clock);
}
