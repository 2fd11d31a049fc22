using System.Xml.Linq;
using Marketo.Soap.Models;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests;

public partial class MarketoSoapClientTests
{
    /// <summary>Requests Marketo could not accept, or would silently lose part of, are refused before anything is sent.</summary>
    public class Validation
    {
        private readonly ReplayHandler _handler = new();

        private static LeadRecord ValidLead(int i = 0) => new() { Email = $"lead{i}@example.com" };

        private static MObjectRecord ValidOpportunity(int i = 0) => new() { Type = MObjectTypes.Opportunity, ExternalKey = new("OppExtKey", $"OPP-{i}") };

        [Fact]
        public async Task SyncMultipleLeadsAsync_NullRequest_ThrowsArgumentNullAndSendsNothing()
        {
            using var client = TestClient.Create(_handler);

            var exception = await Assert.ThrowsAsync<ArgumentNullException>(() => client.SyncMultipleLeadsAsync(null!));

            Assert.Equal("request", exception.ParamName);
            Assert.Empty(_handler.Requests);
        }

        [Fact]
        public async Task SyncMObjectsAsync_NullRequest_ThrowsArgumentNullAndSendsNothing()
        {
            using var client = TestClient.Create(_handler);

            var exception = await Assert.ThrowsAsync<ArgumentNullException>(() => client.SyncMObjectsAsync(null!));

            Assert.Equal("request", exception.ParamName);
            Assert.Empty(_handler.Requests);
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_EmptyLeadList_RefusesTheLeadList()
        {
            await AssertLeadsRefused(new SyncMultipleLeadsRequest { Leads = [] }, recordIndex: null, field: "Leads");
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_NullLeadList_RefusesTheLeadList()
        {
            await AssertLeadsRefused(new SyncMultipleLeadsRequest { Leads = null! }, recordIndex: null, field: "Leads");
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_301Leads_RefusesTheLeadList()
        {
            await AssertLeadsRefused(new SyncMultipleLeadsRequest { Leads = [.. Enumerable.Range(0, 301).Select(ValidLead)] }, recordIndex: null, field: "Leads");
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_LeadWithNoKey_RefusesTheLeadNamingId()
        {
            var leads = new[] { ValidLead(), new LeadRecord { Attributes = [new("FirstName", "Ada")] } };

            await AssertLeadsRefused(new SyncMultipleLeadsRequest { Leads = leads }, recordIndex: 1, field: "Id");
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_ForeignSysPersonIdWithoutType_RefusesTheLeadNamingForeignSysType()
        {
            var leads = new[] { new LeadRecord { ForeignSysPersonId = "003A000001abcde" } };

            await AssertLeadsRefused(new SyncMultipleLeadsRequest { Leads = leads }, recordIndex: 0, field: "ForeignSysType");
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_UndefinedForeignSysType_RefusesTheLeadNamingForeignSysType()
        {
            var leads = new[] { new LeadRecord { ForeignSysPersonId = "003A000001abcde", ForeignSysType = (ForeignSystemType)99 } };

            await AssertLeadsRefused(new SyncMultipleLeadsRequest { Leads = leads }, recordIndex: 0, field: "ForeignSysType");
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_NullAttributeName_RefusesTheLeadNamingTheAttributeName()
        {
            var leads = new[] { ValidLead(), ValidLead(1) with { Attributes = [new("Company", "Acme"), new(null!, "x")] } };

            await AssertLeadsRefused(new SyncMultipleLeadsRequest { Leads = leads }, recordIndex: 1, field: "Attributes[1].Name");
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_NullAttributeValue_RefusesTheLeadNamingTheAttributeValue()
        {
            var leads = new[] { ValidLead() with { Attributes = [new("Company", null!)] } };

            await AssertLeadsRefused(new SyncMultipleLeadsRequest { Leads = leads }, recordIndex: 0, field: "Attributes[0].Value");
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_NullAttribute_RefusesTheLeadNamingTheAttribute()
        {
            var leads = new[] { ValidLead() with { Attributes = [null!] } };

            await AssertLeadsRefused(new SyncMultipleLeadsRequest { Leads = leads }, recordIndex: 0, field: "Attributes[0]");
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_NullAttributeList_RefusesTheLeadNamingAttributes()
        {
            var leads = new[] { ValidLead() with { Attributes = null! } };

            await AssertLeadsRefused(new SyncMultipleLeadsRequest { Leads = leads }, recordIndex: 0, field: "Attributes");
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_NullLeadInList_RefusesThatRecord()
        {
            var leads = new[] { ValidLead(), ValidLead(1), null! };

            await AssertLeadsRefused(new SyncMultipleLeadsRequest { Leads = leads }, recordIndex: 2, field: null);
        }

        // The characters come as numbers: an attribute argument is stored as UTF-8, which turns a
        // lone surrogate into U+FFFD before the test sees it.
        [Theory]
        [InlineData(0x0001)] // a control character
        [InlineData(0xD800)] // a lone high surrogate
        [InlineData(0xDC00)] // a lone low surrogate
        [InlineData(0xFFFE)] // a non-character
        public async Task SyncMultipleLeadsAsync_EmailWithCharacterXmlCannotCarry_RefusesNamingEmail(int codeUnit)
        {
            var leads = new[] { new LeadRecord { Email = $"lead{(char)codeUnit}@example.com" } };

            await AssertLeadsRefused(new SyncMultipleLeadsRequest { Leads = leads }, recordIndex: 0, field: "Email");
        }

        [Theory]
        [InlineData(0x0001)]
        [InlineData(0xD800)] // a lone high surrogate at the end of the value
        public async Task SyncMultipleLeadsAsync_AttributeValueWithCharacterXmlCannotCarry_RefusesNamingTheValue(int codeUnit)
        {
            var leads = new[] { ValidLead() with { Attributes = [new("Company", $"Acme{(char)codeUnit}")] } };

            await AssertLeadsRefused(new SyncMultipleLeadsRequest { Leads = leads }, recordIndex: 0, field: "Attributes[0].Value");
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_RefusalMessage_NamesTheCharacterButNotTheValue()
        {
            var leads = new[] { new LeadRecord { Email = "private.person\u0001@example.com" } };
            using var client = TestClient.Create(_handler);

            var exception = await Assert.ThrowsAsync<MarketoRequestValidationException>(() => client.SyncMultipleLeadsAsync(new SyncMultipleLeadsRequest { Leads = leads }));

            Assert.Contains("U+0001", exception.Message);
            Assert.DoesNotContain("private.person", exception.Message);
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_SurrogatePairInValue_IsSent()
        {
            var leads = new[] { ValidLead() with { Attributes = [new("Company", "Acme \U0001F680")] } };
            _handler.Reply(AnswerBuilder.RepeatFirstStatus("syncMultipleLeads.response.one-status.xml", 1));
            using var client = TestClient.Create(_handler);

            await client.SyncMultipleLeadsAsync(new SyncMultipleLeadsRequest { Leads = leads });

            Assert.Contains("Acme \U0001F680", XDocument.Parse(_handler.SingleRequest.Body).Descendants("attrValue").Select(e => e.Value));
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_Exactly300Leads_SendsAll300()
        {
            _handler.Reply(AnswerBuilder.RepeatFirstStatus("syncMultipleLeads.response.one-status.xml", 300));
            using var client = TestClient.Create(_handler);

            var result = await client.SyncMultipleLeadsAsync(new SyncMultipleLeadsRequest { Leads = [.. Enumerable.Range(0, 300).Select(ValidLead)] });

            Assert.Equal(300, XDocument.Parse(_handler.SingleRequest.Body).Descendants("leadRecord").Count());
            Assert.Equal(300, result.Results.Count);
        }

        [Fact]
        public async Task SyncMObjectsAsync_EmptyObjectList_RefusesTheObjectList()
        {
            await AssertObjectsRefused(new SyncMObjectsRequest { Operation = MObjectOperation.Upsert, Objects = [] }, recordIndex: null, field: "Objects");
        }

        [Fact]
        public async Task SyncMObjectsAsync_101Objects_RefusesTheObjectList()
        {
            var request = new SyncMObjectsRequest { Operation = MObjectOperation.Upsert, Objects = [.. Enumerable.Range(0, 101).Select(ValidOpportunity)] };

            await AssertObjectsRefused(request, recordIndex: null, field: "Objects");
        }

        [Fact]
        public async Task SyncMObjectsAsync_UndefinedOperation_RefusesNamingOperation()
        {
            await AssertObjectsRefused(new SyncMObjectsRequest { Operation = (MObjectOperation)7, Objects = [ValidOpportunity()] }, recordIndex: null, field: "Operation");
        }

        [Theory]
        [InlineData(MObjectOperation.Insert)]
        [InlineData(MObjectOperation.Upsert)]
        public async Task SyncMObjectsAsync_ProgramWithOperationOtherThanUpdate_RefusesNamingType(MObjectOperation operation)
        {
            var request = SampleRequests.ProgramCost() with { Operation = operation };

            await AssertObjectsRefused(request, recordIndex: 0, field: "Type");
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        public async Task SyncMObjectsAsync_MissingType_RefusesNamingType(string? type)
        {
            var request = new SyncMObjectsRequest { Operation = MObjectOperation.Upsert, Objects = [ValidOpportunity(), ValidOpportunity(1) with { Type = type! }] };

            await AssertObjectsRefused(request, recordIndex: 1, field: "Type");
        }

        [Fact]
        public async Task SyncMObjectsAsync_NullObjectInList_RefusesThatRecord()
        {
            var request = new SyncMObjectsRequest { Operation = MObjectOperation.Upsert, Objects = [null!] };

            await AssertObjectsRefused(request, recordIndex: 0, field: null);
        }

        [Fact]
        public async Task SyncMObjectsAsync_AssociationWithNeitherIdNorExternalKey_RefusesNamingTheAssociation()
        {
            var opportunity = ValidOpportunity() with { Associations = [new MObjectAssociation { Type = MObjectTypes.Company, Id = 7 }, new MObjectAssociation { Type = MObjectTypes.Company }] };

            await AssertObjectsRefused(new SyncMObjectsRequest { Operation = MObjectOperation.Upsert, Objects = [opportunity] }, recordIndex: 0, field: "Associations[1]");
        }

        [Theory]
        [InlineData(0x0001)]
        [InlineData(0xDBFF)] // a lone high surrogate at the end of the value
        public async Task SyncMObjectsAsync_AttributeValueWithCharacterXmlCannotCarry_RefusesNamingTheValue(int codeUnit)
        {
            var opportunity = ValidOpportunity() with { Attributes = [new("Name", "Deal"), new("Amount", $"12{(char)codeUnit}")] };

            await AssertObjectsRefused(new SyncMObjectsRequest { Operation = MObjectOperation.Upsert, Objects = [opportunity] }, recordIndex: 0, field: "Attributes[1].Value");
        }

        [Fact]
        public async Task SyncMObjectsAsync_NullAttributeValue_RefusesNamingTheValue()
        {
            var opportunity = ValidOpportunity() with { Attributes = [new("Amount", null!)] };

            await AssertObjectsRefused(new SyncMObjectsRequest { Operation = MObjectOperation.Upsert, Objects = [opportunity] }, recordIndex: 0, field: "Attributes[0].Value");
        }

        [Fact]
        public async Task SyncMObjectsAsync_Exactly100Objects_SendsAll100()
        {
            _handler.Reply(AnswerBuilder.RepeatFirstStatus("syncMObjects.response.updated.xml", 100));
            using var client = TestClient.Create(_handler);

            var result = await client.SyncMObjectsAsync(new SyncMObjectsRequest { Operation = MObjectOperation.Upsert, Objects = [.. Enumerable.Range(0, 100).Select(ValidOpportunity)] });

            Assert.Equal(100, XDocument.Parse(_handler.SingleRequest.Body).Descendants("mObject").Count());
            Assert.Equal(100, result.Results.Count);
        }

        private async Task AssertLeadsRefused(SyncMultipleLeadsRequest request, int? recordIndex, string? field)
        {
            using var client = TestClient.Create(_handler);

            var exception = await Assert.ThrowsAsync<MarketoRequestValidationException>(() => client.SyncMultipleLeadsAsync(request));

            Assert.Equal((recordIndex, field, "request"), (exception.RecordIndex, exception.Field, exception.ParamName));
            Assert.Empty(_handler.Requests);
        }

        private async Task AssertObjectsRefused(SyncMObjectsRequest request, int? recordIndex, string? field)
        {
            using var client = TestClient.Create(_handler);

            var exception = await Assert.ThrowsAsync<MarketoRequestValidationException>(() => client.SyncMObjectsAsync(request));

            Assert.Equal((recordIndex, field, "request"), (exception.RecordIndex, exception.Field, exception.ParamName));
            Assert.Empty(_handler.Requests);
        }
    }
}
