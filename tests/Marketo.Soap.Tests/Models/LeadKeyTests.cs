using Marketo.Soap.Models;

namespace Marketo.Soap.Tests.Models;

public class LeadKeyTests
{
    [Fact]
    public void ById_Always_WritesTheIdInInvariantDigits()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("ar-SA");
        try
        {
            Assert.Equal(new LeadKey(LeadKeyType.Id, "1234567"), LeadKey.ById(1234567));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    [Fact]
    public void ByEmail_Always_KeepsTheAddressAsGiven() => Assert.Equal(new LeadKey(LeadKeyType.Email, "Ada@Example.com"), LeadKey.ByEmail("Ada@Example.com"));

    [Fact]
    public void ByCookie_Always_UsesTheCookieKeyType() => Assert.Equal(LeadKeyType.Cookie, LeadKey.ByCookie("id:123-ABC-456&token:_mch-x").Type);
}
