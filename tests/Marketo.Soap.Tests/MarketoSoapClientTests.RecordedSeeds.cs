using Marketo.Soap.Models;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests;

public partial class MarketoSoapClientTests
{
    /// <summary>Marketo's recorded requests and answers from its syncMultipleLeads and syncMObjects pages.</summary>
    public class RecordedSeeds
    {
        private static readonly SyncMultipleLeadsRequest SeedLeads = SampleRequests.TwoLeads();

        private static readonly SyncMObjectsRequest SeedProgramCost = SampleRequests.ProgramCost();

        [Fact]
        public async Task SyncMultipleLeadsAsync_SeedLeads_SendsTheRecordedRequestSignedAsRecorded()
        {
            var handler = new ReplayHandler().ReplyFixture("syncMultipleLeads.response.updated-updated.xml");
            using var client = TestClient.Create(handler, SeedCredentials.SyncMultipleLeadsClock());

            await client.SyncMultipleLeadsAsync(SeedLeads);

            XmlAssert.SemanticallyEqual(Fixtures.Read("syncMultipleLeads.request.email-keys.xml"), handler.SingleRequest.Body);
        }

        [Fact]
        public async Task SyncMObjectsAsync_SeedProgramCost_SendsTheRecordedRequestSignedAsRecorded()
        {
            var handler = new ReplayHandler().ReplyFixture("syncMObjects.response.updated.xml");
            using var client = TestClient.Create(handler, SeedCredentials.SyncMObjectsClock());

            await client.SyncMObjectsAsync(SeedProgramCost);

            XmlAssert.SemanticallyEqual(Fixtures.Read("syncMObjects.request.program-cost-update.xml"), handler.SingleRequest.Body);
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_SeedAnswer_ReturnsBothLeadsUpdatedInRequestOrder()
        {
            var handler = new ReplayHandler().ReplyFixture("syncMultipleLeads.response.updated-updated.xml");
            using var client = TestClient.Create(handler);

            var result = await client.SyncMultipleLeadsAsync(SeedLeads);

            Assert.Collection(
                result.Results,
                first =>
                {
                    Assert.Equal((0, 1090240, LeadSyncStatus.Updated, "UPDATED", (string?)null), (first.Index, first.LeadId, first.Status, first.StatusText, first.Error));
                    Assert.Same(SeedLeads.Leads[0], first.Lead);
                },
                second =>
                {
                    Assert.Equal((1, 1090239, LeadSyncStatus.Updated, "UPDATED", (string?)null), (second.Index, second.LeadId, second.Status, second.StatusText, second.Error));
                    Assert.Same(SeedLeads.Leads[1], second.Lead);
                });
        }

        [Fact]
        public async Task SyncMObjectsAsync_SeedAnswer_ReturnsTheProgramUpdated()
        {
            var handler = new ReplayHandler().ReplyFixture("syncMObjects.response.updated.xml");
            using var client = TestClient.Create(handler);

            var result = await client.SyncMObjectsAsync(SeedProgramCost);

            var only = Assert.Single(result.Results);
            Assert.Equal((0, 1970, MObjectSyncStatus.Updated, (string?)null, (MObjectAttribute?)null), (only.Index, only.Id, only.Status, only.Error, only.ExternalKey));
            Assert.Same(SeedProgramCost.Objects[0], only.Record);
        }

        [Theory]
        [InlineData("syncMultipleLeads", "http://www.marketo.com/mktows/syncMultipleLeads")]
        [InlineData("syncMObjects", "http://www.marketo.com/mktows/syncMObjects")]
        public async Task EachOperation_SendsSoap11PostWithItsSoapAction(string operation, string soapAction)
        {
            var handler = new ReplayHandler().ReplyFixture(operation == "syncMObjects" ? "syncMObjects.response.updated.xml" : "syncMultipleLeads.response.updated-updated.xml");
            using var client = TestClient.Create(handler);

            if (operation == "syncMObjects")
            {
                await client.SyncMObjectsAsync(SeedProgramCost);
            }
            else
            {
                await client.SyncMultipleLeadsAsync(SeedLeads);
            }

            var request = handler.SingleRequest;
            Assert.Equal(HttpMethod.Post, request.Method);
            Assert.Equal($"\"{soapAction}\"", request.SoapAction);
            Assert.StartsWith("text/xml", request.ContentType);
            Assert.Equal(SeedCredentials.Endpoint, request.Uri);
        }
    }
}
