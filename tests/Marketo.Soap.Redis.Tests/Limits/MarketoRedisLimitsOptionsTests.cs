using Marketo.Soap.Redis.Tests.TestSupport;
using Moq;
using StackExchange.Redis;

namespace Marketo.Soap.Redis.Tests.Limits;

public sealed class MarketoRedisLimitsOptionsTests
{
    [Fact]
    public void Create_SeveralOptionsOutOfRange_NamesEveryProblemAtOnce()
    {
        var options = new MarketoRedisLimitsOptions { CallsPerWindow = 0, MaxConcurrentCalls = 0, DailyQuota = 0, KeyPrefix = " ", PermitPollInterval = TimeSpan.Zero };

        var failure = Assert.Throws<ArgumentException>(() => MarketoRedisLimits.Create(Mock.Of<IConnectionMultiplexer>(), TestLimits.Endpoint, TestLimits.UserId, options));

        Assert.All(
            ["CallsPerWindow", "MaxConcurrentCalls", "DailyQuota", "KeyPrefix", "PermitPollInterval"],
            name => Assert.Contains(name, failure.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Create_Defaults_AreMarketosLimitsAndFallBackWhenRedisIsDown()
    {
        var options = new MarketoRedisLimitsOptions();

        Assert.Equal(
            (100, TimeSpan.FromSeconds(20), 10, (int?)10_000, RedisUnavailableBehavior.FallBackToInProcess),
            (options.CallsPerWindow, options.Window, options.MaxConcurrentCalls, options.DailyQuota, options.WhenRedisUnavailable));
    }
}
