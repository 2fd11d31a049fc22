using System.Xml.Linq;
using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests;

/// <summary>The edges of getCampaignsForSource, requestCampaign's tokens and getChannels' status pairs.</summary>
public class CampaignAndChannelEdgeTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    [Fact]
    public async Task GetCampaignsForSource_ExactNameTrue_DoesNotMatchAPartOfAName()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Store.AddCampaign(new StoredCampaign { Name = "Demo.Trigger", ProgramName = "Demo", Sources = ["MKTOWS"] });

        var exact = await emulator.PostAsync(Wire.GetCampaignsForSource("MKTOWS", "Trigger", exactName: true), _clock);
        var unsaid = await emulator.PostAsync(Wire.GetCampaignsForSource("MKTOWS", "Trigger"), _clock);

        Assert.Equal(0, exact.Number("returnCount"));
        Assert.Equal(["Demo.Trigger"], unsaid.Xml.Descendants("name").Select(n => n.Value));
    }

    [Fact]
    public async Task GetCampaignsForSource_CampaignsOfOneName_AreOrderedById()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var first = emulator.Store.AddCampaign(new StoredCampaign { Name = "Same", ProgramName = "A", Sources = ["MKTOWS"] });
        var second = emulator.Store.AddCampaign(new StoredCampaign { Name = "Same", ProgramName = "B", Sources = ["MKTOWS"] });

        var answer = await emulator.PostAsync(Wire.GetCampaignsForSource("MKTOWS"), _clock);

        Assert.Equal([first.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), second.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)], answer.Xml.Descendants("campaignRecord").Select(c => c.Element("id")!.Value));
    }

    [Fact]
    public async Task RequestCampaign_TokenSentTwice_TheLaterValueWins()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var campaign = emulator.Store.AddCampaign(new StoredCampaign { Name = "Welcome", ProgramName = "Demo", Sources = ["MKTOWS"] });
        emulator.Store.AddLead(new StoredLead());

        var answer = await emulator.PostAsync(Wire.RequestCampaign("MKTOWS", programName: "Demo", campaignName: campaign.Name, leadIds: [1], tokens: [("{{my.message}}", "First"), ("{{my.message}}", "Second")]), _clock);

        answer.AssertSuccess();
        Assert.Equal("Second", Assert.Single(emulator.Store.CampaignRuns).Tokens["{{my.message}}"]);
    }

    [Fact]
    public async Task GetChannels_ChannelSpecificPairs_AreAnsweredInNameOrder()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Store.AddChannel(new StoredChannel
        {
            Name = "Webinar",
            Statuses = [new StoredChannelStatus { Name = "Attended", Step = 2, Success = true, Attributes = new Dictionary<string, string> { ["Zone"] = "z", ["Area"] = "a" } }],
        });

        var answer = await emulator.PostAsync(new XElement(Wire.Mktows + "paramsGetChannels"), _clock);

        answer.AssertSuccess();
        Assert.Equal(["Status", "Step", "Area", "Zone", "Success"], answer.Xml.Descendants("progressionStatus").Single().Elements("attrib").Select(a => a.Element("name")!.Value));
    }
}
