using System.Net;
using Marketo.Soap.Tests.TestSupport;
using Microsoft.Extensions.Logging;

namespace Marketo.Soap.Tests;

public partial class MarketoSoapClientTests
{
    /// <summary>Each call ends in exactly one outcome event that names the operation, the record count and the outcome.</summary>
    public class Logging
    {
        private readonly RecordingLogger _logger = new();

        private IReadOnlyList<LogEntry> Outcomes => [.. _logger.Entries.Where(e => e.EventId.Name is "CallSucceeded" or "CallFailed")];

        [Fact]
        public async Task SyncMultipleLeadsAsync_EndpointWithUserInfoAndQuery_LogsTheEndpointWithoutThem()
        {
            var options = SeedCredentials.Options();
            options.Endpoint = new Uri("https://proxyuser:proxypass@100-AEK-913.mktoapi.com:8443/soap/mktows/2_3?token=querysecret");
            var handler = new ReplayHandler().ReplyFixture("syncMultipleLeads.response.updated-updated.xml");
            using var client = TestClient.Create(handler, logger: _logger, options: options);

            await client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads());

            var starting = Assert.Single(_logger.Entries, e => e.EventId.Name == "CallStarting");
            Assert.Equal("https://100-aek-913.mktoapi.com:8443/soap/mktows/2_3", starting.Values["Endpoint"]);
            Assert.All(_logger.Entries, e => Assert.DoesNotContain("proxypass", e.AllText, StringComparison.Ordinal));
            Assert.All(_logger.Entries, e => Assert.DoesNotContain("querysecret", e.AllText, StringComparison.Ordinal));
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_Answered_LogsOneSuccessEventWithCounts()
        {
            var handler = new ReplayHandler().ReplyFixture("syncMultipleLeads.response.error-nil-absent-text.xml");
            using var client = TestClient.Create(handler, logger: _logger);

            await client.SyncMultipleLeadsAsync(SampleRequests.ThreeLeads());

            var entry = Assert.Single(Outcomes);
            Assert.Equal((LogLevel.Information, 2, "CallSucceeded"), (entry.Level, entry.EventId.Id, entry.EventId.Name));
            Assert.Equal(
                ("syncMultipleLeads", 3, 2, 1),
                (entry.Values["Operation"], entry.Values["RecordCount"], entry.Values["SucceededCount"], entry.Values["FailedCount"]));
        }

        [Fact]
        public async Task SyncMObjectsAsync_Answered_LogsOneSuccessEventNamingTheOperation()
        {
            var handler = new ReplayHandler().ReplyFixture("syncMObjects.response.updated.xml");
            using var client = TestClient.Create(handler, logger: _logger);

            await client.SyncMObjectsAsync(SampleRequests.ProgramCost());

            var entry = Assert.Single(Outcomes);
            Assert.Equal(("syncMObjects", 1, 1, 0), (entry.Values["Operation"], entry.Values["RecordCount"], entry.Values["SucceededCount"], entry.Values["FailedCount"]));
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_Fault_LogsOneFailureEventWithErrorCode()
        {
            var handler = new ReplayHandler().Reply(CannedResponse.Fault("fault.20016.request-expired.xml"));
            using var client = TestClient.Create(handler, logger: _logger);

            await Assert.ThrowsAsync<MarketoSoapException>(() => client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads()));

            var entry = Assert.Single(Outcomes);
            Assert.Equal((LogLevel.Warning, 3, "CallFailed"), (entry.Level, entry.EventId.Id, entry.EventId.Name));
            Assert.Equal(
                ("syncMultipleLeads", 2, nameof(MarketoSoapException), 20016, true),
                (entry.Values["Operation"], entry.Values["RecordCount"], entry.Values["Outcome"], entry.Values["ErrorCode"], entry.Values["IsRetriable"]));
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_HttpError_LogsOneFailureEventWithoutErrorCode()
        {
            var handler = new ReplayHandler().Reply(CannedResponse.Page("http.502.bad-gateway.html", HttpStatusCode.BadGateway, "text/html"));
            using var client = TestClient.Create(handler, logger: _logger);

            await Assert.ThrowsAsync<MarketoTransportException>(() => client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads()));

            var entry = Assert.Single(Outcomes);
            Assert.Equal((nameof(MarketoTransportException), (object?)null), (entry.Values["Outcome"], entry.Values["ErrorCode"]));
            Assert.DoesNotContain("(null)", entry.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_RepeatedAfterAnErrorWithoutCode_LogsNoNullErrorCode()
        {
            var handler = new ReplayHandler()
                .Reply(CannedResponse.Page("http.502.bad-gateway.html", HttpStatusCode.BadGateway, "text/html"))
                .ReplyFixture("syncMultipleLeads.response.updated-updated.xml");
            var options = SeedCredentials.Options();
            options.Retry.MaxRetryAttempts = 1;
            options.Retry.BaseDelay = TimeSpan.Zero;
            using var client = TestClient.Create(handler, logger: _logger, options: options);

            await client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads());

            var retrying = Assert.Single(_logger.Entries, e => e.EventId.Name == "CallRetrying");
            Assert.Equal((4, (object?)null), (retrying.EventId.Id, retrying.Values["ErrorCode"]));
            Assert.DoesNotContain("(null)", retrying.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_CancelledInFlight_LogsOneCancelledEvent()
        {
            var handler = new ReplayHandler().Hang();
            using var client = TestClient.Create(handler, logger: _logger);
            using var cancellation = new CancellationTokenSource();

            var call = client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads(), cancellation.Token);
            await handler.WaitForRequestAsync();
            cancellation.Cancel();
            await Assert.ThrowsAsync<OperationCanceledException>(() => call);

            Assert.Equal("cancelled", Assert.Single(Outcomes).Values["Outcome"]);
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_TwoCalls_LogOneOutcomeEventEach()
        {
            var handler = new ReplayHandler()
                .ReplyFixture("syncMultipleLeads.response.updated-updated.xml")
                .Reply(CannedResponse.Fault("fault.20023.rate-limit-exceeded.xml"));
            using var client = TestClient.Create(handler, logger: _logger);

            await client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads());
            await Assert.ThrowsAsync<MarketoSoapException>(() => client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads()));

            Assert.Equal(["CallSucceeded", "CallFailed"], Outcomes.Select(e => e.EventId.Name));
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_RefusedBeforeSending_LogsNothing()
        {
            var handler = new ReplayHandler();
            using var client = TestClient.Create(handler, logger: _logger);

            await Assert.ThrowsAsync<MarketoRequestValidationException>(() => client.SyncMultipleLeadsAsync(new() { Leads = [] }));

            Assert.Empty(_logger.Entries);
        }
    }
}
