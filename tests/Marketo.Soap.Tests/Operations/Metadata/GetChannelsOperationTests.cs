using Marketo.Soap.Models;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests.Operations.Metadata;

public class GetChannelsOperationTests
{
    [Fact]
    public async Task GetChannelsAsync_TwoNames_SendsThemAsTheTagsValues()
    {
        var (_, sent) = await OneExchange.RunAsync("getChannels.response.two-channels.xml", c => c.GetChannelsAsync(new GetChannelsRequest { Channels = ["Webinar", "Email Send"] }));

        XmlAssert.SemanticallyEqual(Fixtures.Read("getChannels.request.two-channels.xml"), sent);
    }

    [Fact]
    public async Task GetChannelsAsync_NoNames_SendsNoTag()
    {
        var (_, sent) = await OneExchange.RunAsync("getChannels.response.two-channels.xml", c => c.GetChannelsAsync(new GetChannelsRequest()));

        XmlAssert.SemanticallyEqual(Fixtures.Read("getChannels.request.all.xml"), sent);
    }

    [Fact]
    public async Task GetChannelsAsync_TwoChannels_ReturnsStatusesWithStepSuccessAndEveryPair()
    {
        var (result, _) = await OneExchange.RunAsync("getChannels.response.two-channels.xml", c => c.GetChannelsAsync(new GetChannelsRequest()));

        Assert.Equal(["Email Send", "Webinar"], result.Channels.Select(c => c.Name));
        Assert.Equal(
            [("Opened", (int?)30, (bool?)true), ("Sent", 10, false)],
            result.Channels[0].Statuses.Select(s => (s.Name, s.Step, s.Success)));
        var noShow = Assert.Single(result.Channels[1].Statuses);
        Assert.Equal(
            [("Status", "No Show"), ("Step", "50"), ("Webinar Behavior", "No Show"), ("Success", "false")],
            noShow.Attributes.Select(a => (a.Name, a.Value)));
    }

    [Fact]
    public async Task GetChannelsAsync_EmptyNameList_IsRefused()
    {
        var refusal = await OneExchange.RefusedAsync(c => c.GetChannelsAsync(new GetChannelsRequest { Channels = [] }));

        Assert.Equal("Channels", refusal.Field);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Web\u0003inar")]
    public async Task GetChannelsAsync_BadName_IsRefusedNamingItsPlace(string? name)
    {
        var refusal = await OneExchange.RefusedAsync(c => c.GetChannelsAsync(new GetChannelsRequest { Channels = ["Webinar", name!] }));

        Assert.Equal("Channels[1]", refusal.Field);
    }
}
