using Marketo.Soap.Models;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests.Operations.Campaigns;

public class GetCampaignsForSourceOperationTests
{
    [Fact]
    public async Task GetCampaignsForSourceAsync_NameFilterNotExact_SendsSourceNameAndExactName()
    {
        var request = new GetCampaignsForSourceRequest { Name = "Welcome", ExactName = false };

        var (_, sent) = await OneExchange.RunAsync("getCampaignsForSource.response.two.xml", c => c.GetCampaignsForSourceAsync(request));

        XmlAssert.SemanticallyEqual(Fixtures.Read("getCampaignsForSource.request.name-filter.xml"), sent);
    }

    [Fact]
    public async Task GetCampaignsForSourceAsync_SalesWithoutFilter_SendsSourceOnly()
    {
        var request = new GetCampaignsForSourceRequest { Source = CampaignSource.Sales };

        var (_, sent) = await OneExchange.RunAsync("getCampaignsForSource.response.two.xml", c => c.GetCampaignsForSourceAsync(request));

        XmlAssert.SemanticallyEqual(Fixtures.Read("getCampaignsForSource.request.sales-all.xml"), sent);
    }

    [Fact]
    public async Task GetCampaignsForSourceAsync_TwoCampaigns_ReturnsIdsNamesAndDescriptionsEmptyOneAsEmpty()
    {
        var (result, _) = await OneExchange.RunAsync("getCampaignsForSource.response.two.xml", c => c.GetCampaignsForSourceAsync(new GetCampaignsForSourceRequest()));

        Assert.Equal(
            [(5120, "Onboarding.Welcome email", "Sends the welcome email to new sign-ups"), (5121, "Onboarding.Welcome reminder", string.Empty)],
            result.Campaigns.Select(c => (c.Id, c.Name, c.Description)));
    }

    [Fact]
    public async Task GetCampaignsForSourceAsync_NilList_ReturnsNoCampaigns()
    {
        var (result, _) = await OneExchange.RunAsync("getCampaignsForSource.response.none.xml", c => c.GetCampaignsForSourceAsync(new GetCampaignsForSourceRequest()));

        Assert.Empty(result.Campaigns);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Wel\u0002come")]
    public async Task GetCampaignsForSourceAsync_EmptyOrUnsendableName_IsRefused(string name)
    {
        var refusal = await OneExchange.RefusedAsync(c => c.GetCampaignsForSourceAsync(new GetCampaignsForSourceRequest { Name = name }));

        Assert.Equal("Name", refusal.Field);
    }

    [Fact]
    public async Task GetCampaignsForSourceAsync_UndefinedSource_IsRefused()
    {
        var refusal = await OneExchange.RefusedAsync(c => c.GetCampaignsForSourceAsync(new GetCampaignsForSourceRequest { Source = (CampaignSource)7 }));

        Assert.Equal("Source", refusal.Field);
    }
}
