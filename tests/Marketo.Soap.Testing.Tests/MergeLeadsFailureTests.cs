using System.Xml.Linq;
using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests;

/// <summary>mergeLeads that cannot merge (operations facts §4.2): each fails with FAILED and its reason, changes nothing, and never faults.</summary>
public class MergeLeadsFailureTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    [Fact]
    public async Task UnknownWinner_FailsNamingTheWinnerWithANilWinnerId()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var loser = emulator.Store.AddLead(new StoredLead { Email = "l@example.com" });

        var answer = await emulator.PostAsync(Wire.MergeLeads([("IDNUM", "99")], [("IDNUM", $"{loser.Id}")]), _clock);

        var status = AssertFailed(answer, "Winning lead");
        Assert.Equal("true", (string?)status.Element("winningLeadId")!.Attribute(Wire.Xsi + "nil"));
        Assert.Equal([$"{loser.Id}"], status.Descendants("integerItem").Select(i => i.Value));
        Assert.Single(emulator.Store.Leads);
        Assert.Empty(WsdlSchema.ValidateBody(answer.Xml));
    }

    [Fact]
    public async Task NoLoser_FailsSayingNoneWasGiven()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var winner = emulator.Store.AddLead(new StoredLead { Email = "w@example.com" });

        var answer = await emulator.PostAsync(Wire.MergeLeads([("IDNUM", $"{winner.Id}")]), _clock);

        AssertFailed(answer, "No losing lead");
        Assert.Empty(answer.Xml.Descendants("integerItem"));
    }

    [Fact]
    public async Task OneOfTwoLosersUnknown_FailsAndRemovesNeither()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var winner = emulator.Store.AddLead(new StoredLead { Email = "w@example.com" });
        var loser = emulator.Store.AddLead(new StoredLead { Email = "l@example.com" });

        var answer = await emulator.PostAsync(Wire.MergeLeads([("IDNUM", $"{winner.Id}")], [("IDNUM", $"{loser.Id}")], [("IDNUM", "99")]), _clock);

        AssertFailed(answer, "Losing lead");
        Assert.Equal([winner.Id, loser.Id], emulator.Store.Leads.Select(l => l.Id));
    }

    [Fact]
    public async Task WinnerAmongTwoLosers_FailsAndRemovesNeither()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var winner = emulator.Store.AddLead(new StoredLead { Email = "w@example.com" });
        var loser = emulator.Store.AddLead(new StoredLead { Email = "l@example.com" });

        var answer = await emulator.PostAsync(Wire.MergeLeads([("IDNUM", $"{winner.Id}")], [("IDNUM", $"{loser.Id}")], [("EMAIL", "w@example.com")]), _clock);

        AssertFailed(answer, "winning lead");
        Assert.Equal([winner.Id, loser.Id], emulator.Store.Leads.Select(l => l.Id));
    }

    [Fact]
    public async Task EmptyLoserKeyList_FailsAsALoserNotFound()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var winner = emulator.Store.AddLead(new StoredLead { Email = "w@example.com" });
        emulator.Store.AddLead(new StoredLead { Email = "l@example.com" });

        var answer = await emulator.PostAsync(Wire.MergeLeads([("IDNUM", $"{winner.Id}")], Array.Empty<(string, string)>()), _clock);

        AssertFailed(answer, "Losing lead");
        Assert.Equal(2, emulator.Store.Leads.Count);
    }

    /// <summary>Several keys in one list must all match the lead: one that matches nobody makes the list match nobody.</summary>
    [Fact]
    public async Task WinnerKeysOfWhichOneMatchesNobody_FailsAsTheWinnerNotFound()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var winner = emulator.Store.AddLead(new StoredLead { Email = "w@example.com" });
        var loser = emulator.Store.AddLead(new StoredLead { Email = "l@example.com" });

        var answer = await emulator.PostAsync(Wire.MergeLeads([("IDNUM", $"{winner.Id}"), ("EMAIL", "nobody@example.com")], [("IDNUM", $"{loser.Id}")]), _clock);

        AssertFailed(answer, "Winning lead");
        Assert.Equal(2, emulator.Store.Leads.Count);
    }

    [Fact]
    public async Task WinnerKeysThatAllMatchIt_Merge()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var winner = emulator.Store.AddLead(new StoredLead { Email = "w@example.com" });
        var loser = emulator.Store.AddLead(new StoredLead { Email = "l@example.com" });

        var answer = await emulator.PostAsync(Wire.MergeLeads([("IDNUM", $"{winner.Id}"), ("EMAIL", "w@example.com")], [("IDNUM", $"{loser.Id}")]), _clock);

        Assert.Equal("MERGED", answer.Xml.Descendants("status").Single().Value);
        Assert.Equal([winner.Id], emulator.Store.Leads.Select(l => l.Id));
    }

    /// <summary>Asserts a FAILED merge whose error contains <paramref name="reason"/>, and returns its <c>mergeStatus</c>.</summary>
    private static XElement AssertFailed(SoapAnswer answer, string reason)
    {
        answer.AssertSuccess();
        var status = answer.Xml.Descendants("mergeStatus").Single();
        Assert.Equal("FAILED", status.Element("status")!.Value);
        Assert.Contains(reason, status.Element("error")!.Value, StringComparison.Ordinal);
        return status;
    }
}
