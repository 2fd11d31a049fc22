using System.Xml.Linq;
using Marketo.Soap.Models;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests;

public partial class MarketoSoapClientTests
{
    /// <summary>Request models go out with Marketo's exact element names, order and omissions.</summary>
    public class RequestsFromModels
    {
        private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

        [Fact]
        public async Task SyncMultipleLeadsAsync_LeadKeyedById_SendsCapitalisedIdAndOmitsOtherKeys()
        {
            var request = new SyncMultipleLeadsRequest { Leads = [new LeadRecord { Id = 1090240, Attributes = [new("FirstName", "Ada")] }] };

            var sent = await SendLeads(request);

            XmlAssert.SemanticallyEqual(Fixtures.Read("syncMultipleLeads.request.id-key.xml"), sent);
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_LeadKeyedBySfdcForeignId_SendsCapitalisedForeignSysPersonIdAndType()
        {
            var request = new SyncMultipleLeadsRequest
            {
                Leads = [new LeadRecord { ForeignSysPersonId = "003A000001abcde", ForeignSysType = ForeignSystemType.Sfdc, Attributes = [new("Company", "Acme")] }],
            };

            var sent = await SendLeads(request);

            XmlAssert.SemanticallyEqual(Fixtures.Read("syncMultipleLeads.request.sfdc-foreign-key.xml"), sent);
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_AbsentKeysAndAttributes_AreOmittedNotSentAsNil()
        {
            var request = new SyncMultipleLeadsRequest { Leads = [new LeadRecord { Email = "ada@example.com" }] };

            var sent = XDocument.Parse(await SendLeads(request));

            var lead = Assert.Single(sent.Descendants("leadRecord"));
            Assert.Equal(["Email"], lead.Elements().Select(e => e.Name.LocalName));
            Assert.DoesNotContain(sent.Descendants(), e => e.Attribute(Xsi + "nil") is not null);
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_DedupEnabledNull_OmitsTheElement()
        {
            var request = new SyncMultipleLeadsRequest { Leads = [new LeadRecord { Email = "ada@example.com" }], DedupEnabled = null };

            var sent = XDocument.Parse(await SendLeads(request));

            Assert.Empty(sent.Descendants("dedupEnabled"));
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_DedupEnabledFalse_SendsFalse()
        {
            var request = new SyncMultipleLeadsRequest { Leads = [new LeadRecord { Email = "ada@example.com" }], DedupEnabled = false };

            var sent = await SendLeads(request);

            XmlAssert.SemanticallyEqual(Fixtures.Read("syncMultipleLeads.request.dedup-disabled.xml"), sent);
        }

        [Fact]
        public async Task SyncMObjectsAsync_OpportunityWithCompany_SendsExternalKeyAttribListAndAssociationList()
        {
            var request = new SyncMObjectsRequest
            {
                Operation = MObjectOperation.Insert,
                Objects =
                [
                    new MObjectRecord
                    {
                        Type = MObjectTypes.Opportunity,
                        ExternalKey = new("OppExtKey", "OPP-1"),
                        Attributes = [new("Name", "Acme renewal"), new("Amount", "12000"), new("Stage", "Prospecting")],
                        Associations = [new MObjectAssociation { Type = MObjectTypes.Company, ExternalKey = new("CompanyExtKey", "ACME-1") }],
                    },
                ],
            };

            var sent = await SendObjects(request);

            XmlAssert.SemanticallyEqual(Fixtures.Read("syncMObjects.request.opportunity-with-company.xml"), sent);
        }

        [Fact]
        public async Task SyncMObjectsAsync_Association_NeverSendsMObjAssociationList()
        {
            var request = new SyncMObjectsRequest
            {
                Operation = MObjectOperation.Upsert,
                Objects = [new MObjectRecord { Type = MObjectTypes.Opportunity, Id = 5001, Associations = [new MObjectAssociation { Type = MObjectTypes.Company, Id = 77 }] }],
            };

            var sent = XDocument.Parse(await SendObjects(request));

            Assert.Single(sent.Descendants("associationList"));
            Assert.DoesNotContain(sent.Descendants(), e => e.Name.LocalName == "mObjAssociationList");
        }

        [Fact]
        public async Task SyncMObjectsAsync_OpportunityPersonRole_SendsAttributesAndBothAssociations()
        {
            var request = new SyncMObjectsRequest
            {
                Operation = MObjectOperation.Insert,
                Objects =
                [
                    new MObjectRecord
                    {
                        Type = MObjectTypes.OpportunityPersonRole,
                        Attributes = [new("Role", "Decision maker"), new("IsPrimary", "true")],
                        Associations =
                        [
                            new MObjectAssociation { Type = MObjectTypes.Lead, Id = 1090240 },
                            new MObjectAssociation { Type = MObjectTypes.Opportunity, ExternalKey = new("OppExtKey", "OPP-1") },
                        ],
                    },
                ],
            };

            var sent = await SendObjects(request);

            XmlAssert.SemanticallyEqual(Fixtures.Read("syncMObjects.request.opportunity-person-role.xml"), sent);
        }

        [Fact]
        public async Task SyncMObjectsAsync_ProgramTag_SendsTagTypeAttribute()
        {
            var request = new SyncMObjectsRequest
            {
                Operation = MObjectOperation.Update,
                Objects = [new MObjectRecord { Type = MObjectTypes.Program, Id = 1970, TypeAttributes = [MObjectTypeAttribute.ProgramTag("Region", "EMEA")] }],
            };

            var sent = await SendObjects(request);

            XmlAssert.SemanticallyEqual(Fixtures.Read("syncMObjects.request.program-tag.xml"), sent);
        }

        private static async Task<string> SendLeads(SyncMultipleLeadsRequest request)
        {
            var handler = new ReplayHandler().Reply(AnswerBuilder.RepeatFirstStatus("syncMultipleLeads.response.one-status.xml", request.Leads.Count));
            using var client = TestClient.Create(handler, SeedCredentials.SyncMultipleLeadsClock());
            await client.SyncMultipleLeadsAsync(request);
            return handler.SingleRequest.Body;
        }

        private static async Task<string> SendObjects(SyncMObjectsRequest request)
        {
            var handler = new ReplayHandler().Reply(AnswerBuilder.RepeatFirstStatus("syncMObjects.response.updated.xml", request.Objects.Count));
            using var client = TestClient.Create(handler, SeedCredentials.SyncMObjectsClock());
            await client.SyncMObjectsAsync(request);
            return handler.SingleRequest.Body;
        }
    }
}
