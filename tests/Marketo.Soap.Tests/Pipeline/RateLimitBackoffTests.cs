using Marketo.Soap.Pipeline;

namespace Marketo.Soap.Tests.Pipeline;

public class RateLimitBackoffTests
{
    [Theory]
    [InlineData(0.0, 20_000)]
    [InlineData(0.5, 20_500)]
    [InlineData(0.999, 20_999)]
    public void Delay_DefaultOptions_IsMarketosWindowPlusUpToOneSegmentOfJitter(double random, int expectedMilliseconds)
    {
        var delay = RateLimitBackoff.Delay(new MarketoSoapRetryOptions(), random);

        Assert.Equal(expectedMilliseconds, delay.TotalMilliseconds, precision: 0);
    }

    [Fact]
    public void Delay_MaxDelayShorterThanTheWindow_IsCappedAtMaxDelay()
    {
        var delay = RateLimitBackoff.Delay(new MarketoSoapRetryOptions { MaxDelay = TimeSpan.FromSeconds(10) }, 0.5);

        Assert.Equal(TimeSpan.FromSeconds(10), delay);
    }
}
