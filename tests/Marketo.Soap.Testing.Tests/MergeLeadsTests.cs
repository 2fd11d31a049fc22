using System.Xml.Linq;
using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests;

/// <summary>mergeLeads semantics (operations facts §4.2), over HTTP.</summary>
public class MergeLeadsTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    [Fact]
    public async Task TwoLosers_AreRemovedAndTheWinnerTakesWhatItLacks()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var winner = emulator.Store.AddLead(new StoredLead { Email = "w@example.com", Attributes = new Dictionary<string, string> { ["Company"] = "Winner" } });
        var loser1 = emulator.Store.AddLead(new StoredLead { Email = "l1@example.com", Attributes = new Dictionary<string, string> { ["Company"] = "Loser", ["City"] = "Oslo" } });
        emulator.Store.AddLead(new StoredLead { Email = "l2@example.com", ForeignPersonIds = [new ForeignPersonId("SFDC", "00Q9")] });
        var list = emulator.Store.AddStaticList(new StoredStaticList { Name = "Webinar", LeadIds = [loser1.Id] });

        var answer = await emulator.PostAsync(Wire.MergeLeads([("IDNUM", "1")], [("EMAIL", "l1@example.com")], [("IDNUM", "3")]), _clock);

        answer.AssertSuccess();
        var status = answer.Xml.Descendants("mergeStatus").Single();
        Assert.Equal(("1", "MERGED"), (status.Element("winningLeadId")!.Value, status.Element("status")!.Value));
        Assert.Equal(["2", "3"], status.Descendants("integerItem").Select(i => i.Value));
        Assert.Equal("true", (string?)status.Element("error")!.Attribute(Wire.Xsi + "nil"));
        Assert.Equal([winner.Id], emulator.Store.Leads.Select(l => l.Id));
        var merged = emulator.Store.FindLead(winner.Id)!;
        Assert.Equal(("Winner", "Oslo"), (merged.Attributes["Company"], merged.Attributes["City"]));
        Assert.Equal([new ForeignPersonId("SFDC", "00Q9")], merged.ForeignPersonIds);
        Assert.Equal([winner.Id], emulator.Store.FindStaticList(list.Id)!.LeadIds);
        Assert.Empty(emulator.Store.FindLeadsByEmail("l2@example.com"));
        Assert.Empty(WsdlSchema.ValidateBody(answer.Xml));
    }

    [Fact]
    public async Task Merge_WritesAMergeLeadsActivityOnTheWinner()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Store.AddLead(new StoredLead { Email = "w@example.com" });
        emulator.Store.AddLead(new StoredLead { Email = "l@example.com" });

        await emulator.PostAsync(Wire.MergeLeads([("IDNUM", "1")], [("IDNUM", "2")]), _clock);
        var activity = await emulator.PostAsync(Wire.GetLeadActivity("IDNUM", "1"), _clock);

        Assert.Equal(["Merge Leads"], activity.Xml.Descendants("activityType").Select(t => t.Value));
    }

    [Fact]
    public async Task UnknownLoser_FailsWithAStatusAndChangesNothing()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Store.AddLead(new StoredLead { Email = "w@example.com" });

        var answer = await emulator.PostAsync(Wire.MergeLeads([("IDNUM", "1")], [("IDNUM", "9")]), _clock);

        answer.AssertSuccess();
        Assert.Equal("FAILED", answer.Xml.Descendants("status").Single().Value);
        Assert.False(string.IsNullOrEmpty(answer.Xml.Descendants("error").Single().Value));
        Assert.Single(emulator.Store.Leads);
    }

    [Fact]
    public async Task LoserIsTheWinner_Fails()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Store.AddLead(new StoredLead { Email = "w@example.com" });

        var answer = await emulator.PostAsync(Wire.MergeLeads([("IDNUM", "1")], [("EMAIL", "w@example.com")]), _clock);

        Assert.Equal("FAILED", answer.Xml.Descendants("status").Single().Value);
        Assert.Single(emulator.Store.Leads);
    }
}
