using Marketo.Soap.Models;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests;

public partial class MarketoSoapClientTests
{
    /// <summary>The request's list is read once: results name the records that were sent, whatever the caller does to its list meanwhile.</summary>
    public class RequestSnapshot
    {
        [Fact]
        public async Task SyncMultipleLeadsAsync_CallerReplacesALeadWhileTheCallWaits_ResultsNameTheLeadsSent()
        {
            var handler = new GatedHandler("syncMultipleLeads.response.updated-updated.xml");
            using var client = TestClient.Create(handler);
            var sent = SampleRequests.TwoLeads().Leads.ToArray();
            var leads = new List<LeadRecord>(sent);

            var call = client.SyncMultipleLeadsAsync(new SyncMultipleLeadsRequest { Leads = leads });
            await handler.WaitForArrivalAsync();
            leads[0] = new LeadRecord { Email = "someone.else@example.com" };
            handler.LetOneThrough();
            var result = await call;

            Assert.Same(sent[0], result.Results[0].Lead);
            Assert.Same(sent[1], result.Results[1].Lead);
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_CallerEmptiesItsListWhileTheCallWaits_ReturnsTheAnswerForTheLeadsSent()
        {
            var handler = new GatedHandler("syncMultipleLeads.response.updated-updated.xml");
            using var client = TestClient.Create(handler);
            var leads = new List<LeadRecord>(SampleRequests.TwoLeads().Leads);

            var call = client.SyncMultipleLeadsAsync(new SyncMultipleLeadsRequest { Leads = leads });
            await handler.WaitForArrivalAsync();
            leads.Clear();
            handler.LetOneThrough();
            var result = await call;

            Assert.Equal(["em1000@etestd.marketo.net", "em1001@etestd.marketo.net"], result.Results.Select(r => r.Lead.Email));
        }

        [Fact]
        public async Task SyncMObjectsAsync_CallerReplacesTheObjectWhileTheCallWaits_ResultNamesTheObjectSent()
        {
            var handler = new GatedHandler("syncMObjects.response.updated.xml");
            using var client = TestClient.Create(handler, SeedCredentials.SyncMObjectsClock());
            var request = SampleRequests.ProgramCost();
            var sent = request.Objects[0];
            var objects = new List<MObjectRecord> { sent };

            var call = client.SyncMObjectsAsync(request with { Objects = objects });
            await handler.WaitForArrivalAsync();
            objects[0] = sent with { Id = 1971 };
            objects.Add(sent with { Id = 1972 });
            handler.LetOneThrough();
            var result = await call;

            Assert.Same(sent, Assert.Single(result.Results).Record);
        }

        [Fact]
        public async Task SyncMObjectsAsync_CallerEmptiesItsListWhileTheCallWaits_ReturnsTheAnswerForTheObjectSent()
        {
            var handler = new GatedHandler("syncMObjects.response.updated.xml");
            using var client = TestClient.Create(handler, SeedCredentials.SyncMObjectsClock());
            var request = SampleRequests.ProgramCost();
            var objects = new List<MObjectRecord>(request.Objects);

            var call = client.SyncMObjectsAsync(request with { Objects = objects });
            await handler.WaitForArrivalAsync();
            objects.Clear();
            handler.LetOneThrough();
            var result = await call;

            Assert.Equal(1970, Assert.Single(result.Results).Record.Id);
        }
    }
}
