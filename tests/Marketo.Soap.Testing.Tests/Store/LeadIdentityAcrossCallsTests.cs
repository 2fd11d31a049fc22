using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests.Store;

/// <summary>Which stored lead or role a call finds when several could match, and what a merge passes on.</summary>
public class LeadIdentityAcrossCallsTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    [Fact]
    public async Task SyncLead_EmailSharedByTwoLeads_UpdatesTheNewest()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var older = emulator.Store.AddLead(new StoredLead { Email = "twin@example.com" });
        var newer = emulator.Store.AddLead(new StoredLead { Email = "twin@example.com" });

        var answer = await emulator.PostAsync(Wire.SyncLead(Wire.Lead(email: "twin@example.com", attributes: ("Company", "Acme")), returnLead: false), _clock);

        answer.AssertSuccess();
        Assert.Equal("Acme", emulator.Store.FindLead(newer.Id)!.Attributes["Company"]);
        Assert.False(emulator.Store.FindLead(older.Id)!.Attributes.ContainsKey("Company"));
    }

    [Fact]
    public async Task MergeLeads_ListWithTheLoserAndAnother_KeepsTheOtherAndTakesTheWinner()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var winner = emulator.Store.AddLead(new StoredLead { Email = "w@example.com" });
        var loser = emulator.Store.AddLead(new StoredLead { Email = "l@example.com" });
        var bystander = emulator.Store.AddLead(new StoredLead { Email = "b@example.com" });
        var list = emulator.Store.AddStaticList(new StoredStaticList { Name = "Webinar", LeadIds = [bystander.Id, loser.Id] });

        var answer = await emulator.PostAsync(Wire.MergeLeads([("IDNUM", $"{winner.Id}")], [("IDNUM", $"{loser.Id}")]), _clock);

        answer.AssertSuccess();
        Assert.Equal([bystander.Id, winner.Id], emulator.Store.FindStaticList(list.Id)!.LeadIds);
    }

    [Fact]
    public async Task MergeLeads_LosersOpportunityRole_PassesToTheWinner()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var winner = emulator.Store.AddLead(new StoredLead { Email = "w@example.com" });
        var loser = emulator.Store.AddLead(new StoredLead { Email = "l@example.com" });
        var bystander = emulator.Store.AddLead(new StoredLead { Email = "b@example.com" });
        var opportunity = emulator.Store.AddOpportunity(new StoredOpportunity());
        var losersRole = emulator.Store.AddOpportunityPersonRole(new StoredOpportunityPersonRole { OpportunityId = opportunity.Id, PersonId = loser.Id });
        var bystandersRole = emulator.Store.AddOpportunityPersonRole(new StoredOpportunityPersonRole { OpportunityId = opportunity.Id, PersonId = bystander.Id });

        var answer = await emulator.PostAsync(Wire.MergeLeads([("IDNUM", $"{winner.Id}")], [("IDNUM", $"{loser.Id}")]), _clock);

        answer.AssertSuccess();
        Assert.Equal(winner.Id, emulator.Store.FindOpportunityPersonRole(losersRole.Id)!.PersonId);
        Assert.Equal(bystander.Id, emulator.Store.FindOpportunityPersonRole(bystandersRole.Id)!.PersonId);
    }

    [Fact]
    public async Task SyncMObjects_RoleForAnotherLeadOnTheSameOpportunity_CreatesASecondRole()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var opportunity = emulator.Store.AddOpportunity(new StoredOpportunity());
        var first = emulator.Store.AddLead(new StoredLead { Email = "a@example.com" });
        var second = emulator.Store.AddLead(new StoredLead { Email = "b@example.com" });
        var existing = emulator.Store.AddOpportunityPersonRole(new StoredOpportunityPersonRole { OpportunityId = opportunity.Id, PersonId = first.Id });

        var answer = await emulator.PostAsync(
            Wire.SyncMObjects("UPSERT", Wire.MObject("OpportunityPersonRole", attribs: [("OpportunityId", $"{opportunity.Id}"), ("PersonId", $"{second.Id}"), ("Role", "Buyer")])),
            _clock);

        Assert.Equal("CREATED", Assert.Single(answer.MObjStatuses).Element("status")!.Value);
        Assert.Equal(first.Id, emulator.Store.FindOpportunityPersonRole(existing.Id)!.PersonId);
        Assert.Equal([first.Id, second.Id], emulator.Store.OpportunityPersonRoles.Select(r => r.PersonId));
    }
}
