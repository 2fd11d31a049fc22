using Marketo.Soap.Redis.Keys;

namespace Marketo.Soap.Redis.Tests.Keys;

public sealed class RedisKeysTests
{
    private const string UserId = "mycompany1_123456789ABCDEF";

    [Fact]
    public void For_SameHostInAnotherCaseWithAnotherPathOrPort_NamesTheSameInstance()
    {
        var one = RedisKeys.For("p", new Uri("https://123-ABC-456.mktoapi.com/soap/mktows/2_3"), UserId);
        var other = RedisKeys.For("p", new Uri("https://123-abc-456.MKTOAPI.com:443/soap/mktows/2_2"), UserId);

        Assert.Equal(one.Instance, other.Instance);
    }

    [Fact]
    public void For_AnotherHostOrUser_NamesAnotherInstance()
    {
        var one = RedisKeys.For("p", new Uri("https://123-ABC-456.mktoapi.com/soap/mktows/2_3"), UserId);
        var otherHost = RedisKeys.For("p", new Uri("https://789-DEF-012.mktoapi.com/soap/mktows/2_3"), UserId);
        var otherUser = RedisKeys.For("p", new Uri("https://123-ABC-456.mktoapi.com/soap/mktows/2_3"), UserId + "X");

        Assert.Equal(3, new[] { one.Instance, otherHost.Instance, otherUser.Instance }.Distinct().Count());
    }

    [Fact]
    public void For_AnyInstance_KeysCarryThePrefixAndAHashButNeverTheUserId()
    {
        var keys = RedisKeys.For("fleet", new Uri("https://123-ABC-456.mktoapi.com/soap/mktows/2_3"), UserId);
        var quotaDay = keys.QuotaDay(new DateTimeOffset(2026, 7, 1, 5, 0, 0, TimeSpan.Zero));

        Assert.Matches("^[0-9a-f]{32}$", keys.Instance);
        Assert.Equal($"fleet:{keys.Instance}:quota:20260701T0500Z", quotaDay);
        Assert.All(
            [keys.RatePartition, keys.ConcurrencyPartition, quotaDay],
            key => Assert.DoesNotContain(UserId, key, StringComparison.OrdinalIgnoreCase));
    }
}
