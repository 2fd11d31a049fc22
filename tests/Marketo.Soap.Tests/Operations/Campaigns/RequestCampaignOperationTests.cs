using Marketo.Soap.Models;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests.Operations.Campaigns;

public class RequestCampaignOperationTests
{
    private static readonly RequestCampaignRequest ById = new() { CampaignId = 5120, Leads = [LeadKey.ById(4101), LeadKey.ByEmail("grace@example.com")] };

    private static readonly RequestCampaignRequest ByNames = new()
    {
        ProgramName = "Onboarding",
        CampaignName = "Welcome email",
        Leads = [LeadKey.ById(4101)],
        Tokens = [new("{{my.greeting}}", "Welcome aboard"), new("{{my.offer code}}", string.Empty)],
    };

    [Fact]
    public async Task RequestCampaignAsync_ById_SendsCampaignIdAndLeadsWithoutTheNameSet()
    {
        var (_, sent) = await OneExchange.RunAsync("requestCampaign.response.success.xml", c => c.RequestCampaignAsync(ById));

        XmlAssert.SemanticallyEqual(Fixtures.Read("requestCampaign.request.by-id.xml"), sent);
    }

    [Fact]
    public async Task RequestCampaignAsync_ByNamesWithTokens_SendsNamesAndTokensAsAttribsWithoutCampaignId()
    {
        var (_, sent) = await OneExchange.RunAsync("requestCampaign.response.success.xml", c => c.RequestCampaignAsync(ByNames));

        XmlAssert.SemanticallyEqual(Fixtures.Read("requestCampaign.request.by-names-with-tokens.xml"), sent);
    }

    [Fact]
    public async Task RequestCampaignAsync_Accepted_ReturnsSuccess()
    {
        var (result, _) = await OneExchange.RunAsync("requestCampaign.response.success.xml", c => c.RequestCampaignAsync(ById));

        Assert.True(result.Success);
    }

    [Fact]
    public async Task RequestCampaignAsync_CampaignNotFound_ThrowsSoapExceptionWith20113()
    {
        var failure = await OneExchange.FaultAsync("fault.20113.campaign-not-found.xml", c => c.RequestCampaignAsync(ById));

        Assert.Equal(20113, failure.ErrorCode?.Value);
    }

    [Fact]
    public async Task RequestCampaignAsync_HundredLeads_IsSent()
    {
        var request = ById with { Leads = Enumerable.Range(1, RequestCampaignRequest.MaxLeadsPerCall).Select(LeadKey.ById).ToArray() };

        var (result, _) = await OneExchange.RunAsync("requestCampaign.response.success.xml", c => c.RequestCampaignAsync(request));

        Assert.True(result.Success);
    }

    [Fact]
    public async Task RequestCampaignAsync_MoreThanHundredLeads_IsRefusedRatherThanPartlyRun()
    {
        var request = ById with { Leads = Enumerable.Range(1, RequestCampaignRequest.MaxLeadsPerCall + 1).Select(LeadKey.ById).ToArray() };

        var refusal = await OneExchange.RefusedAsync(c => c.RequestCampaignAsync(request));

        Assert.Equal("Leads", refusal.Field);
    }

    [Fact]
    public async Task RequestCampaignAsync_NoLeads_IsRefused()
    {
        var refusal = await OneExchange.RefusedAsync(c => c.RequestCampaignAsync(ById with { Leads = [] }));

        Assert.Equal("Leads", refusal.Field);
    }

    [Fact]
    public async Task RequestCampaignAsync_CookieKey_IsRefused()
    {
        var refusal = await OneExchange.RefusedAsync(c => c.RequestCampaignAsync(ById with { Leads = [LeadKey.ByCookie("id:100-AEK-913&token:_mch-x")] }));

        Assert.Equal("Leads[0].Type", refusal.Field);
    }

    [Theory]
    [InlineData("Onboarding", null)]
    [InlineData(null, "Welcome email")]
    [InlineData("Onboarding", "Welcome email")]
    public async Task RequestCampaignAsync_CampaignIdWithAnyName_IsRefused(string? programName, string? campaignName)
    {
        var refusal = await OneExchange.RefusedAsync(c => c.RequestCampaignAsync(ById with { ProgramName = programName, CampaignName = campaignName }));

        Assert.Equal("CampaignId", refusal.Field);
    }

    [Fact]
    public async Task RequestCampaignAsync_CampaignIdWithTokens_IsRefusedBecauseTokensNeedTheNames()
    {
        var refusal = await OneExchange.RefusedAsync(c => c.RequestCampaignAsync(ById with { Tokens = [new("{{my.greeting}}", "Hi")] }));

        Assert.Equal("Tokens", refusal.Field);
    }

    [Fact]
    public async Task RequestCampaignAsync_NoCampaign_IsRefused()
    {
        var refusal = await OneExchange.RefusedAsync(c => c.RequestCampaignAsync(new RequestCampaignRequest { Leads = [LeadKey.ById(4101)] }));

        Assert.Equal("CampaignId", refusal.Field);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public async Task RequestCampaignAsync_CampaignIdBelowOne_IsRefused(int id)
    {
        var refusal = await OneExchange.RefusedAsync(c => c.RequestCampaignAsync(ById with { CampaignId = id }));

        Assert.Equal("CampaignId", refusal.Field);
    }

    [Theory]
    [InlineData(null, "CampaignName")]
    [InlineData("", "CampaignName")]
    public async Task RequestCampaignAsync_ProgramNameWithoutCampaignName_IsRefused(string? campaignName, string field)
    {
        var refusal = await OneExchange.RefusedAsync(c => c.RequestCampaignAsync(ByNames with { CampaignName = campaignName }));

        Assert.Equal(field, refusal.Field);
    }

    [Fact]
    public async Task RequestCampaignAsync_CampaignNameWithoutProgramName_IsRefused()
    {
        var refusal = await OneExchange.RefusedAsync(c => c.RequestCampaignAsync(ByNames with { ProgramName = null }));

        Assert.Equal("ProgramName", refusal.Field);
    }

    [Theory]
    [InlineData("my.greeting")]
    [InlineData("{{greeting}}")]
    [InlineData("{{my.greeting")]
    public async Task RequestCampaignAsync_TokenNotWrittenAsWholeMyToken_IsRefused(string name)
    {
        var refusal = await OneExchange.RefusedAsync(c => c.RequestCampaignAsync(ByNames with { Tokens = [new(name, "Hi")] }));

        Assert.Equal(("Tokens[0].Name", (int?)0), (refusal.Field, refusal.RecordIndex));
    }

    [Fact]
    public async Task RequestCampaignAsync_TokenWithNullValue_IsRefused()
    {
        var refusal = await OneExchange.RefusedAsync(c => c.RequestCampaignAsync(ByNames with { Tokens = [new("{{my.greeting}}", null!)] }));

        Assert.Equal("Tokens[0].Value", refusal.Field);
    }

    [Fact]
    public async Task RequestCampaignAsync_NullTokenList_IsRefused()
    {
        var refusal = await OneExchange.RefusedAsync(c => c.RequestCampaignAsync(ByNames with { Tokens = null! }));

        Assert.Equal("Tokens", refusal.Field);
    }

    [Fact]
    public async Task RequestCampaignAsync_UndefinedSource_IsRefused()
    {
        var refusal = await OneExchange.RefusedAsync(c => c.RequestCampaignAsync(ById with { Source = (CampaignSource)7 }));

        Assert.Equal("Source", refusal.Field);
    }
}
