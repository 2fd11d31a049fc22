using Marketo.Soap.Models;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests;

public partial class MarketoSoapClientTests
{
    /// <summary>Records Marketo would misread, or read in an undocumented way, are refused before sending, naming the record and field.</summary>
    public class RecordRules
    {
        private readonly ReplayHandler _handler = new();

        private static LeadRecord Lead(int i = 0) => new() { Email = $"lead{i}@example.com" };

        private static MObjectRecord Opportunity(int i = 0) => new() { Type = MObjectTypes.Opportunity, ExternalKey = new("OppExtKey", $"OPP-{i}") };

        private static SyncMultipleLeadsRequest Leads(params LeadRecord[] leads) => new() { Leads = leads };

        private static SyncMObjectsRequest Objects(MObjectOperation operation, params MObjectRecord[] objects) => new() { Operation = operation, Objects = objects };

        private static MObjectRecord Program(params MObjectTypeAttribute[] groups) => new() { Type = MObjectTypes.Program, Id = 1970, TypeAttributes = groups };

        [Theory]
        [InlineData(0)]
        [InlineData(-5)]
        public async Task SyncMultipleLeadsAsync_IdNotPositive_RefusesNamingId(int id)
        {
            await AssertLeadsRefused(Leads(Lead(), new LeadRecord { Id = id }), 1, "Id");
        }

        [Theory]
        [InlineData("")]
        [InlineData("   ")]
        [InlineData("\t\n")]
        public async Task SyncMultipleLeadsAsync_EmailEmptyOrBlank_RefusesNamingEmail(string email)
        {
            await AssertLeadsRefused(Leads(new LeadRecord { Email = email }), 0, "Email");
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_EmailLongerThan255_RefusesNamingEmail()
        {
            await AssertLeadsRefused(Leads(new LeadRecord { Email = new string('a', 244) + "@example.com" }), 0, "Email");
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_EmailOf255Characters_IsSent()
        {
            await AssertLeadsSent(Leads(new LeadRecord { Email = new string('a', 243) + "@example.com" }));
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_EmailAttributeLongerThan255_RefusesNamingTheValue()
        {
            var lead = Lead() with { Attributes = [new("FirstName", "Ada"), new("Email", new string('a', 244) + "@example.com")] };

            await AssertLeadsRefused(Leads(lead), 0, "Attributes[1].Value");
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_EmptyEmailAttribute_IsSentToClearTheField()
        {
            await AssertLeadsSent(Leads(new LeadRecord { Id = 7, Attributes = [new("Email", string.Empty)] }));
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_SameAttributeNameTwice_RefusesNamingTheSecond()
        {
            var lead = Lead() with { Attributes = [new("FirstName", "Ada"), new("Company", "Acme"), new("FirstName", "Grace")] };

            await AssertLeadsRefused(Leads(lead), 0, "Attributes[2].Name");
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_SameAttributeNameTwiceAmongManyAttributes_RefusesNamingTheSecond()
        {
            LeadAttribute[] attributes = [.. Enumerable.Range(0, 40).Select(i => new LeadAttribute($"Field{i}", "x")), new("Field3", "y")];

            await AssertLeadsRefused(Leads(Lead() with { Attributes = attributes }), 0, "Attributes[40].Name");
        }

        [Theory]
        [InlineData("First Name")]
        [InlineData("mkto:FirstName")]
        [InlineData(" FirstName")]
        public async Task SyncMultipleLeadsAsync_AttributeNameNoFieldCouldHave_RefusesNamingTheName(string name)
        {
            await AssertLeadsRefused(Leads(Lead() with { Attributes = [new(name, "Ada")] }), 0, "Attributes[0].Name");
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_SameIdTwice_RefusesTheSecondNamingTheFirst()
        {
            var exception = await AssertLeadsRefused(Leads(new LeadRecord { Id = 7 }, Lead(), new LeadRecord { Id = 7, Email = "other@example.com" }), 2, "Id");

            Assert.Contains("record 0", exception.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_SameEmailTwiceInAnotherCase_RefusesTheSecond()
        {
            await AssertLeadsRefused(Leads(Lead(1), new LeadRecord { Email = "Ada@Example.com" }, new LeadRecord { Email = "ada@example.com" }), 2, "Email");
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_SameEmailTwiceWithDedupOff_IsSentSinceEmailIsNoKeyThen()
        {
            await AssertLeadsSent(Leads(Lead(), Lead()) with { DedupEnabled = false });
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_SameEmailOnLeadsKeyedById_IsSent()
        {
            await AssertLeadsSent(Leads(new LeadRecord { Id = 1, Email = "ada@example.com" }, new LeadRecord { Id = 2, Email = "ada@example.com" }));
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_SameForeignIdTwiceInOneSystem_RefusesTheSecond()
        {
            var lead = new LeadRecord { ForeignSysPersonId = "003A0000", ForeignSysType = ForeignSystemType.Sfdc };

            await AssertLeadsRefused(Leads(lead, lead with { Email = "ada@example.com" }), 1, "ForeignSysPersonId");
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_SameForeignIdInTwoSystems_IsSent()
        {
            var lead = new LeadRecord { ForeignSysPersonId = "003A0000", ForeignSysType = ForeignSystemType.Sfdc };

            await AssertLeadsSent(Leads(lead, lead with { ForeignSysType = ForeignSystemType.NetSuite }));
        }

        [Theory]
        [InlineData("Month")]
        [InlineData("Amount")]
        public async Task SyncMObjectsAsync_ProgramCostWithoutARequiredAttribute_RefusesNamingTheGroup(string missing)
        {
            var cost = MObjectTypeAttribute.ProgramCost(new DateOnly(2026, 6, 1), 2000m);
            var group = cost with { Attributes = [.. cost.Attributes.Where(a => a.Name != missing)] };

            await AssertObjectsRefused(Objects(MObjectOperation.Update, Program(MObjectTypeAttribute.ProgramTag("Region", "EMEA"), group)), 0, "TypeAttributes[1]");
        }

        [Theory]
        [InlineData("Type")]
        [InlineData("Value")]
        public async Task SyncMObjectsAsync_ProgramTagWithoutARequiredAttribute_RefusesNamingTheGroup(string missing)
        {
            var tag = MObjectTypeAttribute.ProgramTag("Region", "EMEA");
            var group = tag with { Attributes = [.. tag.Attributes.Where(a => a.Name != missing)] };

            await AssertObjectsRefused(Objects(MObjectOperation.Update, Program(group)), 0, "TypeAttributes[0]");
        }

        [Theory]
        [InlineData(MObjectOperation.Update)]
        [InlineData(MObjectOperation.Upsert)]
        public async Task SyncMObjectsAsync_OpportunityUpdateWithNeitherIdNorExternalKey_RefusesNamingId(MObjectOperation operation)
        {
            var keyless = new MObjectRecord { Type = MObjectTypes.Opportunity, Attributes = [new("Name", "Deal")] };

            await AssertObjectsRefused(Objects(operation, Opportunity(), keyless), 1, "Id");
        }

        [Fact]
        public async Task SyncMObjectsAsync_OpportunityInsertWithNeitherIdNorExternalKey_IsSent()
        {
            await AssertObjectsSent(Objects(MObjectOperation.Insert, new MObjectRecord { Type = MObjectTypes.Opportunity, Attributes = [new("Name", "Deal")] }));
        }

        [Fact]
        public async Task SyncMObjectsAsync_IdNotPositive_RefusesNamingId()
        {
            await AssertObjectsRefused(Objects(MObjectOperation.Upsert, Opportunity() with { Id = 0 }), 0, "Id");
        }

        [Fact]
        public async Task SyncMObjectsAsync_AssociationIdNotPositive_RefusesNamingTheAssociationsId()
        {
            var opportunity = Opportunity() with { Associations = [new MObjectAssociation { Type = MObjectTypes.Company, Id = -1 }] };

            await AssertObjectsRefused(Objects(MObjectOperation.Upsert, opportunity), 0, "Associations[0].Id");
        }

        [Fact]
        public async Task SyncMObjectsAsync_SameProgramTwice_RefusesTheSecondNamingId()
        {
            var program = Program(MObjectTypeAttribute.ProgramTag("Region", "EMEA"));

            await AssertObjectsRefused(Objects(MObjectOperation.Update, program, program), 1, "Id");
        }

        [Fact]
        public async Task SyncMObjectsAsync_SameExternalKeyTwice_RefusesTheSecondNamingExternalKey()
        {
            await AssertObjectsRefused(Objects(MObjectOperation.Insert, Opportunity(1), Opportunity(2), Opportunity(1) with { Attributes = [new("Name", "Deal")] }), 2, "ExternalKey");
        }

        [Fact]
        public async Task SyncMObjectsAsync_SameIdOnObjectsOfTwoTypes_IsSent()
        {
            var role = new MObjectRecord { Type = MObjectTypes.OpportunityPersonRole, Id = 5, Attributes = [new("Role", "Buyer")] };

            await AssertObjectsSent(Objects(MObjectOperation.Upsert, Opportunity() with { Id = 5 }, role));
        }

        private async Task<MarketoRequestValidationException> AssertLeadsRefused(SyncMultipleLeadsRequest request, int recordIndex, string field)
        {
            using var client = TestClient.Create(_handler);

            var exception = await Assert.ThrowsAsync<MarketoRequestValidationException>(() => client.SyncMultipleLeadsAsync(request));

            Assert.Equal((recordIndex, field), (exception.RecordIndex, exception.Field));
            Assert.Empty(_handler.Requests);
            return exception;
        }

        private async Task AssertObjectsRefused(SyncMObjectsRequest request, int recordIndex, string field)
        {
            using var client = TestClient.Create(_handler);

            var exception = await Assert.ThrowsAsync<MarketoRequestValidationException>(() => client.SyncMObjectsAsync(request));

            Assert.Equal((recordIndex, field), (exception.RecordIndex, exception.Field));
            Assert.Empty(_handler.Requests);
        }

        private async Task AssertLeadsSent(SyncMultipleLeadsRequest request)
        {
            _handler.Reply(AnswerBuilder.RepeatFirstStatus("syncMultipleLeads.response.one-status.xml", request.Leads.Count));
            using var client = TestClient.Create(_handler);

            var result = await client.SyncMultipleLeadsAsync(request);

            Assert.Equal(request.Leads.Count, result.Results.Count);
            Assert.Single(_handler.Requests);
        }

        private async Task AssertObjectsSent(SyncMObjectsRequest request)
        {
            _handler.Reply(AnswerBuilder.RepeatFirstStatus("syncMObjects.response.updated.xml", request.Objects.Count));
            using var client = TestClient.Create(_handler);

            var result = await client.SyncMObjectsAsync(request);

            Assert.Equal(request.Objects.Count, result.Results.Count);
            Assert.Single(_handler.Requests);
        }
    }
}
