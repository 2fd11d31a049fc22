using System.Xml.Linq;
using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests;

/// <summary>deleteMObjects (operations facts §6.2), called over HTTP as PHP's SoapClient would, from the WSDL.</summary>
public class DeleteMObjectsTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    private static XElement Objects(params (string Type, int? Id)[] objects) => new(
        "mObjectList",
        objects.Select(o => new XElement("mObject", new XElement("type", o.Type), o.Id is { } id ? new XElement("id", id) : null)));

    [Fact]
    public async Task TwoOpportunities_AreRemovedAndAnsweredDeletedInOrder()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var first = emulator.Store.AddOpportunity(new StoredOpportunity());
        var kept = emulator.Store.AddOpportunity(new StoredOpportunity());
        var second = emulator.Store.AddOpportunity(new StoredOpportunity());
        var caller = await WsdlDrivenCaller.LoadAsync(emulator, _clock);

        var answer = await caller.CallAsync("deleteMObjects", Objects(("Opportunity", second.Id), ("Opportunity", first.Id)));

        answer.AssertSuccess();
        Assert.Equal([(second.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "DELETED"), (first.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "DELETED")], Statuses(answer));
        Assert.Equal([kept.Id], emulator.Store.Opportunities.Select(o => o.Id));
        Assert.Empty(WsdlSchema.ValidateBody(answer.Xml));
    }

    [Fact]
    public async Task Opportunity_TakesItsRolesWithIt()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var lead = emulator.Store.AddLead(new StoredLead());
        var opportunity = emulator.Store.AddOpportunity(new StoredOpportunity());
        var other = emulator.Store.AddOpportunity(new StoredOpportunity());
        emulator.Store.AddOpportunityPersonRole(new StoredOpportunityPersonRole { OpportunityId = opportunity.Id, PersonId = lead.Id });
        var otherRole = emulator.Store.AddOpportunityPersonRole(new StoredOpportunityPersonRole { OpportunityId = other.Id, PersonId = lead.Id });
        var caller = await WsdlDrivenCaller.LoadAsync(emulator, _clock);

        await caller.CallAsync("deleteMObjects", Objects(("Opportunity", opportunity.Id)));

        Assert.Equal([otherRole.Id], emulator.Store.OpportunityPersonRoles.Select(r => r.Id));
    }

    [Fact]
    public async Task RoleMissingObjectProgramAndNoId_AnswerDeletedUnchangedAndFailedWithErrors()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var lead = emulator.Store.AddLead(new StoredLead());
        var opportunity = emulator.Store.AddOpportunity(new StoredOpportunity());
        var role = emulator.Store.AddOpportunityPersonRole(new StoredOpportunityPersonRole { OpportunityId = opportunity.Id, PersonId = lead.Id });
        var program = emulator.Store.AddProgram(new StoredProgram { Name = "Kept" });
        var caller = await WsdlDrivenCaller.LoadAsync(emulator, _clock);

        var answer = await caller.CallAsync("deleteMObjects", Objects(("OpportunityPersonRole", role.Id), ("Opportunity", 999), ("Program", program.Id), ("Opportunity", null)));

        Assert.Equal(["DELETED", "UNCHANGED", "FAILED", "FAILED"], Statuses(answer).Select(s => s.Status));
        var errors = answer.Xml.Descendants("mObjStatus").Select(s => s.Element("error")?.Value).ToList();
        Assert.Equal([null, null], errors.Take(2));
        Assert.All(errors.Skip(2), e => Assert.False(string.IsNullOrEmpty(e)));
        Assert.Empty(emulator.Store.OpportunityPersonRoles);
        Assert.Single(emulator.Store.Programs);
        Assert.Empty(WsdlSchema.ValidateBody(answer.Xml));
    }

    [Fact]
    public async Task SameOpportunityTwice_IsDeletedThenUnchanged()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var opportunity = emulator.Store.AddOpportunity(new StoredOpportunity());
        var caller = await WsdlDrivenCaller.LoadAsync(emulator, _clock);

        var answer = await caller.CallAsync("deleteMObjects", Objects(("Opportunity", opportunity.Id), ("Opportunity", opportunity.Id)));

        Assert.Equal(["DELETED", "UNCHANGED"], Statuses(answer).Select(s => s.Status));
    }

    [Fact]
    public async Task MoreObjectsThanTheCallLimit_FailsWith20110AndDeletesNothing()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock, o => o.MaxMObjectsPerCall = 2);
        var opportunity = emulator.Store.AddOpportunity(new StoredOpportunity());
        var caller = await WsdlDrivenCaller.LoadAsync(emulator, _clock);

        var answer = await caller.CallAsync("deleteMObjects", Objects(("Opportunity", opportunity.Id), ("Opportunity", 2), ("Opportunity", 3)));

        answer.AssertMarketoFault(20110);
        Assert.Single(emulator.Store.Opportunities);
    }

    private static IEnumerable<(string Id, string Status)> Statuses(SoapAnswer answer) =>
        answer.Xml.Descendants("mObjStatus").Select(s => (s.Element("id")!.Value, s.Element("status")!.Value));
}
