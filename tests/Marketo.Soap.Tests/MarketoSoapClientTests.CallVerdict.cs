using System.Net.Sockets;
using Marketo.Soap.Models;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests;

public partial class MarketoSoapClientTests
{
    /// <summary>Whether a failed call may have reached Marketo is judged over all of its attempts, and a connection never made sent nothing.</summary>
    public class CallVerdict
    {
        private static readonly SyncMObjectsRequest OneOpportunityInsert = new()
        {
            Operation = MObjectOperation.Insert,
            Objects = [new MObjectRecord { Type = MObjectTypes.Opportunity, Attributes = [new("Name", "Q1 2014")] }],
        };

        [Fact]
        public async Task SyncMultipleLeadsAsync_FirstAnswerLostThenRateLimited_SaysTheCallMayHaveReachedMarketo()
        {
            // Attempt 1 may have been applied (its answer was lost); attempts 2-4 were refused with
            // 20023, which alone would mean "not applied".
            var handler = new ReplayHandler().Throw(new HttpRequestException("The response ended prematurely."));
            for (var i = 0; i < 3; i++)
            {
                handler.Reply(CannedResponse.Fault("fault.20023.rate-limit-exceeded.xml"));
            }

            using var client = TestClient.Create(handler, options: SeedCredentials.OptionsWithImmediateRetries(3));

            var failure = await Assert.ThrowsAsync<MarketoSoapException>(() => client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads()));

            Assert.Equal((20023, true, 4), (failure.ErrorCode?.Value, failure.MayHaveReachedMarketo, handler.Requests.Count));
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_EveryAttemptRateLimited_SaysNothingReachedMarketo()
        {
            var handler = new ReplayHandler();
            for (var i = 0; i < 3; i++)
            {
                handler.Reply(CannedResponse.Fault("fault.20023.rate-limit-exceeded.xml"));
            }

            using var client = TestClient.Create(handler, options: SeedCredentials.OptionsWithImmediateRetries(2));

            var failure = await Assert.ThrowsAsync<MarketoSoapException>(() => client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads()));

            Assert.False(failure.MayHaveReachedMarketo);
        }

        [Fact]
        public async Task BulkSyncLeadsAsync_FirstAnswerLostThenRateLimited_ReportsTheBatchAsMayHaveReachedMarketo()
        {
            var handler = new ReplayHandler().Throw(new HttpRequestException("The response ended prematurely."));
            for (var i = 0; i < 3; i++)
            {
                handler.Reply(CannedResponse.Fault("fault.20023.rate-limit-exceeded.xml"));
            }

            using var client = TestClient.Create(handler, options: SeedCredentials.OptionsWithImmediateRetries(3));

            var stopped = await Assert.ThrowsAsync<MarketoBulkSyncException<LeadRecord, LeadSyncResult>>(async () =>
            {
                await foreach (var _ in client.BulkSyncLeadsAsync(Leads.Numbered(3).ToAsyncEnumerable()))
                {
                }
            });

            Assert.Equal(3, stopped.Report.UnsyncedRecords.Count);
            Assert.All(stopped.Report.UnsyncedRecords, record => Assert.True(record.MayHaveReachedMarketo));
        }

        [Fact]
        public async Task SyncMObjectsAsync_ConnectionRefused_SaysNothingWasSentAndNamesTheHostAndCause()
        {
            var handler = new ReplayHandler().Throw(Refused());
            using var client = TestClient.Create(handler);

            var failure = await Assert.ThrowsAsync<MarketoTransportException>(() => client.SyncMObjectsAsync(OneOpportunityInsert));

            Assert.Equal((MarketoTransportFailure.ConnectionFailed, false), (failure.Failure, failure.MayHaveReachedMarketo));
            Assert.Contains("100-aek-913.mktoapi.com", failure.Message, StringComparison.Ordinal);
            Assert.Contains("refused", failure.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task SyncMObjectsAsync_HostNameDoesNotResolve_SaysNothingWasSentAndNamesDns()
        {
            var handler = new ReplayHandler().Throw(new HttpRequestException(HttpRequestError.NameResolutionError, "Name or service not known", new SocketException((int)SocketError.HostNotFound)));
            using var client = TestClient.Create(handler);

            var failure = await Assert.ThrowsAsync<MarketoTransportException>(() => client.SyncMObjectsAsync(OneOpportunityInsert));

            Assert.False(failure.MayHaveReachedMarketo);
            Assert.Contains("DNS", failure.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task SyncMObjectsAsync_TlsHandshakeFails_SaysNothingWasSentAndNamesTls()
        {
            var handler = new ReplayHandler().Throw(new HttpRequestException(
                HttpRequestError.SecureConnectionError,
                "The SSL connection could not be established.",
                new System.Security.Authentication.AuthenticationException("The remote certificate is invalid.")));
            using var client = TestClient.Create(handler);

            var failure = await Assert.ThrowsAsync<MarketoTransportException>(() => client.SyncMObjectsAsync(OneOpportunityInsert));

            Assert.False(failure.MayHaveReachedMarketo);
            Assert.Contains("TLS", failure.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task SyncMObjectsAsync_InsertCannotConnect_IsRepeatedBecauseNothingWasSent()
        {
            var handler = new ReplayHandler().Throw(Refused()).ReplyFixture("syncMObjects.response.updated.xml");
            using var client = TestClient.Create(handler, options: SeedCredentials.OptionsWithImmediateRetries(2));

            await client.SyncMObjectsAsync(OneOpportunityInsert);

            Assert.Equal(2, handler.Requests.Count);
        }

        [Fact]
        public async Task SyncMObjectsAsync_InsertLosesItsConnectionAfterSending_MayHaveReachedMarketo()
        {
            var handler = new ReplayHandler().Throw(new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely."));
            using var client = TestClient.Create(handler, options: SeedCredentials.OptionsWithImmediateRetries(2));

            var failure = await Assert.ThrowsAsync<MarketoTransportException>(() => client.SyncMObjectsAsync(OneOpportunityInsert));

            Assert.Equal((true, 1), (failure.MayHaveReachedMarketo, handler.Requests.Count));
        }

        private static HttpRequestException Refused() =>
            new(HttpRequestError.ConnectionError, "Connection refused (100-aek-913.mktoapi.com:443)", new SocketException((int)SocketError.ConnectionRefused));
    }
}
