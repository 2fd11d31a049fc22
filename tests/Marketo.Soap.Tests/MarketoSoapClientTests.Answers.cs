using Marketo.Soap.Models;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests;

public partial class MarketoSoapClientTests
{
    /// <summary>Successful answers that are unusual but well-formed are read tolerantly, or refused as a whole.</summary>
    public class Answers
    {
        private static readonly SyncMObjectsRequest OpportunityAndMissingOpportunity = new()
        {
            Operation = MObjectOperation.Upsert,
            Objects =
            [
                new MObjectRecord { Type = MObjectTypes.Opportunity, ExternalKey = new("OppExtKey", "OPP-1") },
                new MObjectRecord { Type = MObjectTypes.Opportunity, ExternalKey = new("OppExtKey", "OPP-404") },
            ],
        };

        private static readonly SyncMObjectsRequest ThreeOpportunities = new()
        {
            Operation = MObjectOperation.Upsert,
            Objects =
            [
                .. OpportunityAndMissingOpportunity.Objects,
                new MObjectRecord { Type = MObjectTypes.Opportunity, ExternalKey = new("OppExtKey", "OPP-2") },
            ],
        };

        [Fact]
        public async Task SyncMultipleLeadsAsync_AnswerHasFewerStatusesThanLeads_ThrowsRetriableInvalidResponse()
        {
            var handler = new ReplayHandler().ReplyFixture("syncMultipleLeads.response.one-status.xml");
            using var client = TestClient.Create(handler);

            var exception = await Assert.ThrowsAsync<MarketoTransportException>(() => client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads()));

            // Retriable as an error; the client repeats it only for operations safe to repeat.
            Assert.Equal((MarketoTransportFailure.InvalidResponse, true), (exception.Failure, exception.IsRetriable));
        }

        [Fact]
        public async Task SyncMObjectsAsync_AnswerHasMoreStatusesThanObjects_ThrowsInvalidResponse()
        {
            var handler = new ReplayHandler().ReplyFixture("syncMObjects.response.created-failed.xml");
            using var client = TestClient.Create(handler);

            var exception = await Assert.ThrowsAsync<MarketoTransportException>(() => client.SyncMObjectsAsync(SampleRequests.ProgramCost()));

            Assert.Equal(MarketoTransportFailure.InvalidResponse, exception.Failure);
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_AnswerOfTheOtherOperation_ThrowsInvalidResponse()
        {
            var handler = new ReplayHandler().ReplyFixture("syncMObjects.response.updated.xml");
            using var client = TestClient.Create(handler);

            var exception = await Assert.ThrowsAsync<MarketoTransportException>(() => client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads()));

            Assert.Equal((MarketoTransportFailure.InvalidResponse, (int?)null), (exception.Failure, exception.HttpStatusCode));
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_UnknownStatusWord_ReturnsUnknownStatusKeepingTheWord()
        {
            var handler = new ReplayHandler().ReplyFixture("syncMultipleLeads.response.archived-status.xml");
            using var client = TestClient.Create(handler);

            var result = await client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads());

            Assert.Equal(
                [(LeadSyncStatus.Unknown, "ARCHIVED", false), (LeadSyncStatus.Updated, "UPDATED", true)],
                result.Results.Select(r => (r.Status, r.StatusText, r.Succeeded)));
        }

        [Theory]
        [InlineData(0, LeadSyncStatus.Created, null)] // <error xsi:nil="true"/>
        [InlineData(1, LeadSyncStatus.Updated, null)] // no error element
        [InlineData(2, LeadSyncStatus.Failed, "Lead could not be written: the email address is not valid")]
        public async Task SyncMultipleLeadsAsync_ErrorNilAbsentOrText_ReadsEachForm(int index, LeadSyncStatus status, string? error)
        {
            var handler = new ReplayHandler().ReplyFixture("syncMultipleLeads.response.error-nil-absent-text.xml");
            using var client = TestClient.Create(handler);

            var result = await client.SyncMultipleLeadsAsync(SampleRequests.ThreeLeads());

            Assert.Equal((index, status, error), (result.Results[index].Index, result.Results[index].Status, result.Results[index].Error));
        }

        [Fact]
        public async Task SyncMObjectsAsync_CreatedWithEchoedKey_ReturnsIdAndKey()
        {
            var handler = new ReplayHandler().ReplyFixture("syncMObjects.response.created-failed.xml");
            using var client = TestClient.Create(handler);

            var result = await client.SyncMObjectsAsync(OpportunityAndMissingOpportunity);

            var created = result.Results[0];
            Assert.Equal((5001, MObjectSyncStatus.Created, new MObjectAttribute("OppExtKey", "OPP-1"), (string?)null), (created.Id, created.Status, created.ExternalKey, created.Error));
        }

        [Fact]
        public async Task SyncMObjectsAsync_FailedWithoutId_ReturnsFailedResultWithNullIdAndError()
        {
            var handler = new ReplayHandler().ReplyFixture("syncMObjects.response.created-failed.xml");
            using var client = TestClient.Create(handler);

            var result = await client.SyncMObjectsAsync(OpportunityAndMissingOpportunity);

            var failed = result.Results[1];
            Assert.Equal(((int?)null, MObjectSyncStatus.Failed, "Opportunity not found for external key OPP-404"), (failed.Id, failed.Status, failed.Error));
            Assert.Same(OpportunityAndMissingOpportunity.Objects[1], failed.Record);
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_NilLeadIdAmongGoodStatuses_ReturnsNullIdForThatLeadAndReadsTheOthers()
        {
            // SyncStatus.leadId is required and not nillable in 2_3, and what it holds on a failure
            // is undocumented (facts §2.3): a nil id must not cost the other leads their results.
            var handler = new ReplayHandler().ReplyFixture("syncMultipleLeads.response.nil-lead-id.xml");
            using var client = TestClient.Create(handler);
            var request = SampleRequests.ThreeLeads();

            var result = await client.SyncMultipleLeadsAsync(request);

            Assert.Equal(
                [
                    (0, (int?)3001, LeadSyncStatus.Created, (string?)null),
                    (1, null, LeadSyncStatus.Failed, "Lead could not be written"),
                    (2, 3003, LeadSyncStatus.Updated, null),
                ],
                result.Results.Select(r => (r.Index, r.LeadId, r.Status, r.Error)));
            Assert.Equal(request.Leads, result.Results.Select(r => r.Lead));
        }

        [Fact]
        public async Task SyncMObjectsAsync_NilIdAmongGoodStatuses_ReturnsNullIdForThatObjectAndReadsTheOthers()
        {
            // MObjStatus.id is required and not nillable in 2_3 but nillable from 2_7 (facts §2.5).
            var handler = new ReplayHandler().ReplyFixture("syncMObjects.response.nil-id.xml");
            using var client = TestClient.Create(handler);

            var result = await client.SyncMObjectsAsync(ThreeOpportunities);

            Assert.Equal(
                [
                    (0, (int?)5001, MObjectSyncStatus.Created, new MObjectAttribute("OppExtKey", "OPP-1"), (string?)null),
                    (1, null, MObjectSyncStatus.Failed, null, "Opportunity not found for external key OPP-404"),
                    (2, 5002, MObjectSyncStatus.Updated, new MObjectAttribute("OppExtKey", "OPP-2"), null),
                ],
                result.Results.Select(r => (r.Index, r.Id, r.Status, r.ExternalKey, r.Error)));
            Assert.Equal(ThreeOpportunities.Objects, result.Results.Select(r => r.Record));
        }
    }
}
