using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests;

/// <summary>syncMObjects for OpportunityPersonRole (contract facts §2.7): moving a role, updating one that is not there, and links that cannot be used.</summary>
public class OpportunityPersonRoleSyncEdgeTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    [Fact]
    public async Task Update_ById_WithOtherOpportunityAndPerson_MovesTheRole()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var (opportunity, otherOpportunity) = (emulator.Store.AddOpportunity(new StoredOpportunity()), emulator.Store.AddOpportunity(new StoredOpportunity()));
        var (lead, otherLead) = (emulator.Store.AddLead(new StoredLead()), emulator.Store.AddLead(new StoredLead()));
        var role = emulator.Store.AddOpportunityPersonRole(new StoredOpportunityPersonRole { OpportunityId = opportunity.Id, PersonId = lead.Id });

        var answer = await emulator.PostAsync(
            Wire.SyncMObjects("UPDATE", Wire.MObject("OpportunityPersonRole", id: role.Id, attribs: [("OpportunityId", $"{otherOpportunity.Id}"), ("PersonId", $"{otherLead.Id}")])),
            _clock);

        Assert.Equal(("UPDATED", role.Id), (MObjectStatus.Single(answer).Status, MObjectStatus.Single(answer).Id));
        var moved = emulator.Store.FindOpportunityPersonRole(role.Id)!;
        Assert.Equal((otherOpportunity.Id, otherLead.Id), (moved.OpportunityId, moved.PersonId));
    }

    [Fact]
    public async Task Update_OfARoleNotThere_IsSkippedAndCreatesNone()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var opportunity = emulator.Store.AddOpportunity(new StoredOpportunity());
        var lead = emulator.Store.AddLead(new StoredLead());

        var answer = await emulator.PostAsync(
            Wire.SyncMObjects("UPDATE", Wire.MObject("OpportunityPersonRole", attribs: [("OpportunityId", $"{opportunity.Id}"), ("PersonId", $"{lead.Id}")])),
            _clock);

        Assert.Equal("SKIPPED", MObjectStatus.Single(answer).Status);
        Assert.Empty(emulator.Store.OpportunityPersonRoles);
    }

    [Fact]
    public async Task OpportunityIdThatIsNoNumber_FailsNamingTheValue()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var lead = emulator.Store.AddLead(new StoredLead());

        var answer = await emulator.PostAsync(
            Wire.SyncMObjects("INSERT", Wire.MObject("OpportunityPersonRole", attribs: [("OpportunityId", "abc"), ("PersonId", $"{lead.Id}")])),
            _clock);

        var status = MObjectStatus.Single(answer);
        Assert.Equal("FAILED", status.Status);
        Assert.Contains("OpportunityId 'abc'", status.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssociationWithACompany_FailsNamingItAndCreatesNone()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var opportunity = emulator.Store.AddOpportunity(new StoredOpportunity());
        var (lead, otherLead) = (emulator.Store.AddLead(new StoredLead()), emulator.Store.AddLead(new StoredLead()));

        var answer = await emulator.PostAsync(
            Wire.SyncMObjects("INSERT", Wire.MObject(
                "OpportunityPersonRole",
                attribs: [("OpportunityId", $"{opportunity.Id}"), ("PersonId", $"{lead.Id}")],
                associations: [Wire.Association("Company", id: otherLead.Id)])),
            _clock);

        var status = MObjectStatus.Single(answer);
        Assert.Equal("FAILED", status.Status);
        Assert.Contains("'Company'", status.Error, StringComparison.Ordinal);
        Assert.Empty(emulator.Store.OpportunityPersonRoles);
    }

    [Fact]
    public async Task AssociationWithIdAndExternalKey_LinksByTheId()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var byId = emulator.Store.AddOpportunity(new StoredOpportunity { ExternalKey = new("extOppId", "ONE") });
        emulator.Store.AddOpportunity(new StoredOpportunity { ExternalKey = new("extOppId", "TWO") });
        var lead = emulator.Store.AddLead(new StoredLead());

        var answer = await emulator.PostAsync(
            Wire.SyncMObjects("INSERT", Wire.MObject(
                "OpportunityPersonRole",
                associations: [Wire.Association("Opportunity", id: byId.Id, externalKey: ("extOppId", "TWO")), Wire.Association("Lead", id: lead.Id)])),
            _clock);

        Assert.Equal("CREATED", MObjectStatus.Single(answer).Status);
        Assert.Equal(byId.Id, Assert.Single(emulator.Store.OpportunityPersonRoles).OpportunityId);
    }
}
