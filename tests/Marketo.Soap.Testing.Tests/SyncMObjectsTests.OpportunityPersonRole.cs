using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests;

public partial class SyncMObjectsTests
{
    /// <summary>OpportunityPersonRole: links a lead to an opportunity, by attribs or by associations.</summary>
    public class OpportunityPersonRole
    {
        private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

        [Fact]
        public async Task Insert_ByOpportunityIdAndPersonIdAttribs_CreatesTheRole()
        {
            await using var emulator = await TestEmulator.StartAsync(_clock);
            var opportunity = emulator.Store.AddOpportunity(new StoredOpportunity());
            var lead = emulator.Store.AddLead(new StoredLead { Email = "a@example.com" });

            var answer = await emulator.PostAsync(
                Wire.SyncMObjects("INSERT", Wire.MObject("OpportunityPersonRole", attribs: [("OpportunityId", $"{opportunity.Id}"), ("PersonId", $"{lead.Id}"), ("Role", "Influencer/Champion"), ("IsPrimary", "true")])),
                _clock);

            Assert.Equal("CREATED", StatusOf(answer));
            var role = Assert.Single(emulator.Store.OpportunityPersonRoles);
            Assert.Equal((IdOf(answer), opportunity.Id, lead.Id), (role.Id, role.OpportunityId, role.PersonId));
            Assert.Equal(("Influencer/Champion", "true"), (role.Attributes["Role"], role.Attributes["IsPrimary"]));
            Assert.False(role.Attributes.ContainsKey("PersonId"));
        }

        [Fact]
        public async Task Insert_ByAssociationsToAnOpportunityCreatedEarlierInTheSameCall_CreatesBoth()
        {
            await using var emulator = await TestEmulator.StartAsync(_clock);
            emulator.Store.AddLeadFields("extLeadId");
            var lead = emulator.Store.AddLead(new StoredLead { Attributes = new Dictionary<string, string> { ["extLeadId"] = "L-1" } });

            var answer = await emulator.PostAsync(
                Wire.SyncMObjects(
                    "INSERT",
                    Wire.MObject("Opportunity", externalKey: ("extOppId", "Q1-2014"), attribs: [("Name", "Q1 2014")]),
                    Wire.MObject("OpportunityPersonRole", attribs: [("Role", "Buyer")], associations: [Wire.Association("Opportunity", externalKey: ("extOppId", "Q1-2014")), Wire.Association("Lead", externalKey: ("extLeadId", "L-1"))])),
                _clock);

            Assert.Equal(["CREATED", "CREATED"], answer.MObjStatuses.Select(s => s.Element("status")!.Value));
            var role = Assert.Single(emulator.Store.OpportunityPersonRoles);
            Assert.Equal((Assert.Single(emulator.Store.Opportunities).Id, lead.Id), (role.OpportunityId, role.PersonId));
        }

        [Fact]
        public async Task Insert_ByAssociationIds_CreatesTheRole()
        {
            await using var emulator = await TestEmulator.StartAsync(_clock);
            var opportunity = emulator.Store.AddOpportunity(new StoredOpportunity());
            var lead = emulator.Store.AddLead(new StoredLead());

            var answer = await emulator.PostAsync(
                Wire.SyncMObjects("INSERT", Wire.MObject("OpportunityPersonRole", associations: [Wire.Association("Opportunity", id: opportunity.Id), Wire.Association("Lead", id: lead.Id)])),
                _clock);

            Assert.Equal("CREATED", StatusOf(answer));
        }

        [Fact]
        public async Task MissingPersonId_Fails()
        {
            await using var emulator = await TestEmulator.StartAsync(_clock);
            var opportunity = emulator.Store.AddOpportunity(new StoredOpportunity());

            var answer = await emulator.PostAsync(Wire.SyncMObjects("INSERT", Wire.MObject("OpportunityPersonRole", attribs: [("OpportunityId", $"{opportunity.Id}")])), _clock);

            Assert.Equal("FAILED", StatusOf(answer));
            Assert.Contains("PersonId", ErrorOf(answer));
        }

        [Theory]
        [InlineData("OpportunityId")]
        [InlineData("PersonId")]
        public async Task LinkToAnObjectThatDoesNotExist_Fails(string dangling)
        {
            await using var emulator = await TestEmulator.StartAsync(_clock);
            var opportunity = emulator.Store.AddOpportunity(new StoredOpportunity());
            var lead = emulator.Store.AddLead(new StoredLead());
            var opportunityId = dangling == "OpportunityId" ? 999 : opportunity.Id;
            var personId = dangling == "PersonId" ? 999 : lead.Id;

            var answer = await emulator.PostAsync(Wire.SyncMObjects("INSERT", Wire.MObject("OpportunityPersonRole", attribs: [("OpportunityId", $"{opportunityId}"), ("PersonId", $"{personId}")])), _clock);

            Assert.Equal("FAILED", StatusOf(answer));
            Assert.Contains("999", ErrorOf(answer));
            Assert.Empty(emulator.Store.OpportunityPersonRoles);
        }

        [Fact]
        public async Task AssociationByAnExternalKeyThatMatchesNothing_Fails()
        {
            await using var emulator = await TestEmulator.StartAsync(_clock);
            var lead = emulator.Store.AddLead(new StoredLead());

            var answer = await emulator.PostAsync(
                Wire.SyncMObjects("INSERT", Wire.MObject("OpportunityPersonRole", attribs: [("PersonId", $"{lead.Id}")], associations: [Wire.Association("Opportunity", externalKey: ("extOppId", "nope"))])),
                _clock);

            Assert.Equal("FAILED", StatusOf(answer));
            Assert.Contains("nope", ErrorOf(answer));
        }

        [Fact]
        public async Task OwnExternalKey_Fails()
        {
            await using var emulator = await TestEmulator.StartAsync(_clock);

            var answer = await emulator.PostAsync(Wire.SyncMObjects("INSERT", Wire.MObject("OpportunityPersonRole", externalKey: ("extRoleId", "R"))), _clock);

            Assert.Equal("FAILED", StatusOf(answer));
        }

        [Fact]
        public async Task Insert_SameLeadAndOpportunityAgain_IsSkipped()
        {
            await using var emulator = await TestEmulator.StartAsync(_clock);
            var opportunity = emulator.Store.AddOpportunity(new StoredOpportunity());
            var lead = emulator.Store.AddLead(new StoredLead());
            var existing = emulator.Store.AddOpportunityPersonRole(new StoredOpportunityPersonRole { OpportunityId = opportunity.Id, PersonId = lead.Id });

            var answer = await emulator.PostAsync(Wire.SyncMObjects("INSERT", Wire.MObject("OpportunityPersonRole", attribs: [("OpportunityId", $"{opportunity.Id}"), ("PersonId", $"{lead.Id}")])), _clock);

            Assert.Equal(("SKIPPED", existing.Id), (StatusOf(answer), IdOf(answer)));
        }

        [Fact]
        public async Task Update_ById_ChangesTheRole()
        {
            await using var emulator = await TestEmulator.StartAsync(_clock);
            var opportunity = emulator.Store.AddOpportunity(new StoredOpportunity());
            var lead = emulator.Store.AddLead(new StoredLead());
            var existing = emulator.Store.AddOpportunityPersonRole(new StoredOpportunityPersonRole { OpportunityId = opportunity.Id, PersonId = lead.Id });

            var answer = await emulator.PostAsync(Wire.SyncMObjects("UPDATE", Wire.MObject("OpportunityPersonRole", id: existing.Id, attribs: [("Role", "Decision Maker")])), _clock);

            Assert.Equal("UPDATED", StatusOf(answer));
            Assert.Equal("Decision Maker", emulator.Store.FindOpportunityPersonRole(existing.Id)!.Attributes["Role"]);
        }
    }
}
