using System.Xml.Linq;
using Marketo.Soap.Models;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests.Operations.Campaigns;

public class ScheduleCampaignOperationTests
{
    private static readonly ScheduleCampaignRequest Digest = new()
    {
        ProgramName = "Onboarding",
        CampaignName = "Monthly digest",
        RunAt = new DateTimeOffset(2013, 8, 3, 21, 39, 34, TimeSpan.FromHours(-7)),
        Tokens = [new("{{my.subject}}", "August digest")],
    };

    [Fact]
    public async Task ScheduleCampaignAsync_RunAtWithTokens_SendsTheInstantInUtcAndTheTokens()
    {
        var (_, sent) = await OneExchange.RunAsync("scheduleCampaign.response.success.xml", c => c.ScheduleCampaignAsync(Digest));

        XmlAssert.SemanticallyEqual(Fixtures.Read("scheduleCampaign.request.run-at-with-tokens.xml"), sent);
    }

    [Fact]
    public async Task ScheduleCampaignAsync_NowWithoutTokens_SendsTheNamesOnly()
    {
        var (_, sent) = await OneExchange.RunAsync("scheduleCampaign.response.success.xml", c => c.ScheduleCampaignAsync(Digest with { RunAt = null, Tokens = [] }));

        XmlAssert.SemanticallyEqual(Fixtures.Read("scheduleCampaign.request.now.xml"), sent);
    }

    [Fact]
    public async Task ScheduleCampaignAsync_Always_NeverSendsCloneToProgramName()
    {
        var (_, sent) = await OneExchange.RunAsync("scheduleCampaign.response.success.xml", c => c.ScheduleCampaignAsync(Digest));

        Assert.DoesNotContain(XDocument.Parse(sent).Descendants(), e => e.Name.LocalName == "cloneToProgramName");
    }

    [Fact]
    public async Task ScheduleCampaignAsync_Scheduled_ReturnsSuccess()
    {
        var (result, _) = await OneExchange.RunAsync("scheduleCampaign.response.success.xml", c => c.ScheduleCampaignAsync(Digest));

        Assert.True(result.Success);
    }

    [Fact]
    public async Task ScheduleCampaignAsync_CampaignNotFound_ThrowsSoapExceptionWith20113()
    {
        var failure = await OneExchange.FaultAsync("fault.20113.campaign-not-found.xml", c => c.ScheduleCampaignAsync(Digest));

        Assert.Equal(20113, failure.ErrorCode?.Value);
    }

    [Theory]
    [InlineData(null, "Monthly digest", "ProgramName")]
    [InlineData("", "Monthly digest", "ProgramName")]
    [InlineData("Onboarding", null, "CampaignName")]
    [InlineData("Onboarding", "Monthly\u0000digest", "CampaignName")]
    public async Task ScheduleCampaignAsync_MissingEmptyOrUnsendableName_IsRefused(string? programName, string? campaignName, string field)
    {
        var refusal = await OneExchange.RefusedAsync(c => c.ScheduleCampaignAsync(Digest with { ProgramName = programName!, CampaignName = campaignName! }));

        Assert.Equal(field, refusal.Field);
    }

    [Fact]
    public async Task ScheduleCampaignAsync_TokenNotWrittenAsWholeMyToken_IsRefused()
    {
        var refusal = await OneExchange.RefusedAsync(c => c.ScheduleCampaignAsync(Digest with { Tokens = [new("subject", "August")] }));

        Assert.Equal("Tokens[0].Name", refusal.Field);
    }
}
