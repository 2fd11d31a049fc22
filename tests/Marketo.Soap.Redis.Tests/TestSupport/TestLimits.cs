namespace Marketo.Soap.Redis.Tests.TestSupport;

/// <summary>Limits options for one test: Marketo's limits under a key prefix no other test uses.</summary>
internal static class TestLimits
{
    public static readonly Uri Endpoint = new("https://123-ABC-456.mktoapi.com/soap/mktows/2_3");

    public const string UserId = "mycompany1_123456789ABCDEF";

    public static MarketoRedisLimitsOptions Options(Action<MarketoRedisLimitsOptions>? change = null)
    {
        var options = new MarketoRedisLimitsOptions { KeyPrefix = "test-" + Guid.NewGuid().ToString("N") };
        change?.Invoke(options);
        return options;
    }
}
