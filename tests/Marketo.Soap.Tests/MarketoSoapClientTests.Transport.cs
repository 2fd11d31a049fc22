using System.Net;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests;

public partial class MarketoSoapClientTests
{
    /// <summary>Answers that are not SOAP, and no answer at all, become <see cref="MarketoTransportException"/>.</summary>
    public class Transport
    {
        [Fact]
        public async Task SyncMultipleLeadsAsync_Html502Page_ThrowsRetriableHttpError()
        {
            var handler = new ReplayHandler().Reply(CannedResponse.Page("http.502.bad-gateway.html", HttpStatusCode.BadGateway, "text/html"));
            using var client = TestClient.Create(handler);

            var exception = await Assert.ThrowsAsync<MarketoTransportException>(() => client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads()));

            Assert.Equal((MarketoTransportFailure.HttpError, (int?)502, true), (exception.Failure, exception.HttpStatusCode, exception.IsRetriable));
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_Html503Page_ThrowsRetriableHttpError()
        {
            var handler = new ReplayHandler().Reply(CannedResponse.Page("http.503.service-unavailable.html", HttpStatusCode.ServiceUnavailable, "text/html"));
            using var client = TestClient.Create(handler);

            var exception = await Assert.ThrowsAsync<MarketoTransportException>(() => client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads()));

            Assert.Equal((MarketoTransportFailure.HttpError, (int?)503, true), (exception.Failure, exception.HttpStatusCode, exception.IsRetriable));
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_Html504PageFromAGateway_ThrowsRetriableHttpErrorNotTimeout()
        {
            // WCF raises a TimeoutException for a 504, but an answer did come: the gateway's.
            var handler = new ReplayHandler().Reply(CannedResponse.Page("http.504.gateway-timeout.html", HttpStatusCode.GatewayTimeout, "text/html"));
            using var client = TestClient.Create(handler);

            var exception = await Assert.ThrowsAsync<MarketoTransportException>(() => client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads()));

            Assert.Equal((MarketoTransportFailure.HttpError, (int?)504, true), (exception.Failure, exception.HttpStatusCode, exception.IsRetriable));
        }

        [Theory]
        [InlineData(HttpStatusCode.BadRequest, false)]
        [InlineData(HttpStatusCode.Unauthorized, false)]
        [InlineData(HttpStatusCode.Forbidden, false)]
        [InlineData(HttpStatusCode.NotFound, false)]
        [InlineData(HttpStatusCode.RequestEntityTooLarge, false)]
        [InlineData(HttpStatusCode.TooManyRequests, true)]
        [InlineData(HttpStatusCode.InternalServerError, true)]
        public async Task SyncMultipleLeadsAsync_HtmlErrorPage_ThrowsHttpErrorRetriableOnlyFor429And5xx(HttpStatusCode status, bool retriable)
        {
            var handler = new ReplayHandler().Reply(CannedResponse.Page("http.error-page.html", status, "text/html"));
            using var client = TestClient.Create(handler);

            var exception = await Assert.ThrowsAsync<MarketoTransportException>(() => client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads()));

            Assert.Equal((MarketoTransportFailure.HttpError, (int?)status, retriable), (exception.Failure, exception.HttpStatusCode, exception.IsRetriable));
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_EmptyBody_ThrowsRetriableInvalidResponse()
        {
            var handler = new ReplayHandler().Reply(CannedResponse.Soap(string.Empty));
            using var client = TestClient.Create(handler);

            var exception = await Assert.ThrowsAsync<MarketoTransportException>(() => client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads()));

            Assert.Equal((MarketoTransportFailure.InvalidResponse, (int?)200, true), (exception.Failure, exception.HttpStatusCode, exception.IsRetriable));
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_TruncatedXml_ThrowsInvalidResponse()
        {
            var handler = new ReplayHandler().ReplyFixture("syncMultipleLeads.response.truncated.xml");
            using var client = TestClient.Create(handler);

            var exception = await Assert.ThrowsAsync<MarketoTransportException>(() => client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads()));

            Assert.Equal((MarketoTransportFailure.InvalidResponse, (int?)200, true), (exception.Failure, exception.HttpStatusCode, exception.IsRetriable));
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_ConnectionFails_ThrowsRetriableConnectionFailed()
        {
            var handler = new ReplayHandler().Throw(new HttpRequestException("Connection refused (100-aek-913.mktoapi.com:443)"));
            using var client = TestClient.Create(handler);

            var exception = await Assert.ThrowsAsync<MarketoTransportException>(() => client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads()));

            Assert.Equal((MarketoTransportFailure.ConnectionFailed, (int?)null, true), (exception.Failure, exception.HttpStatusCode, exception.IsRetriable));
        }

        [Fact]
        public async Task SyncMObjectsAsync_ServerNeverAnswers_ThrowsRetriableTimeoutAfterTheConfiguredTimeout()
        {
            var handler = new ReplayHandler().Hang();
            var options = SeedCredentials.Options();
            options.Timeout = TimeSpan.FromSeconds(1);
            using var client = TestClient.Create(handler, options: options);

            var exception = await Assert.ThrowsAsync<MarketoTransportException>(() => client.SyncMObjectsAsync(SampleRequests.ProgramCost()));

            Assert.Equal((MarketoTransportFailure.Timeout, (int?)null, true), (exception.Failure, exception.HttpStatusCode, exception.IsRetriable));
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_HttpStackCancelsOnItsOwnTimer_ThrowsTimeoutNotTaskCanceled()
        {
            // When HttpClient's timer wins the race with WCF's, WCF rethrows the bare
            // TaskCanceledException, though the caller cancelled nothing.
            var handler = new ReplayHandler().Throw(new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout.", new TimeoutException()));
            using var client = TestClient.Create(handler);

            var exception = await Assert.ThrowsAsync<MarketoTransportException>(() => client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads()));

            Assert.Equal((MarketoTransportFailure.Timeout, true), (exception.Failure, exception.IsRetriable));
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_HttpStackCancelsOnItsOwnTimer_IsRepeated()
        {
            var handler = new ReplayHandler()
                .Throw(new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout.", new TimeoutException()))
                .ReplyFixture("syncMultipleLeads.response.updated-updated.xml");
            var options = SeedCredentials.Options();
            options.Retry.MaxRetryAttempts = 1;
            options.Retry.BaseDelay = TimeSpan.Zero;
            using var client = TestClient.Create(handler, options: options);

            var result = await client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads());

            Assert.Equal((2, 2), (result.Results.Count, handler.Requests.Count));
        }

        [Fact]
        public async Task SyncMObjectsAsync_ServerNeverAnswers_MessageSaysHowLongAndWhichAttempt()
        {
            var handler = new ReplayHandler().Hang();
            var options = SeedCredentials.Options();
            options.Timeout = TimeSpan.FromSeconds(1);
            using var client = TestClient.Create(handler, options: options);

            var exception = await Assert.ThrowsAsync<MarketoTransportException>(() => client.SyncMObjectsAsync(SampleRequests.ProgramCost()));

            Assert.Contains("within 1 s (attempt 1)", exception.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_Html502Page_CarriesTheRawExchange()
        {
            var handler = new ReplayHandler().Reply(CannedResponse.Page("http.502.bad-gateway.html", HttpStatusCode.BadGateway, "text/html"));
            using var client = TestClient.Create(handler);

            var exception = await Assert.ThrowsAsync<MarketoTransportException>(() => client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads()));

            var raw = Assert.IsType<MarketoRawExchange>(exception.RawExchange);
            Assert.Equal(("syncMultipleLeads", 2, (int?)502), (raw.Operation, raw.RecordCount, raw.HttpStatusCode));
            Assert.StartsWith("text/html", raw.ContentType, StringComparison.Ordinal);
            Assert.StartsWith(Fixtures.Read("http.502.bad-gateway.html")[..40], raw.ResponseStart, StringComparison.Ordinal);
        }

        [Fact]
        public async Task SyncMObjectsAsync_TruncatedAnswer_RawExchangeKeepsStructureButNotRecordValues()
        {
            var handler = new ReplayHandler().ReplyFixture("syncMObjects.response.truncated.xml");
            using var client = TestClient.Create(handler);

            var exception = await Assert.ThrowsAsync<MarketoTransportException>(() => client.SyncMObjectsAsync(SampleRequests.ProgramCost()));

            var raw = exception.RawExchange!;
            Assert.Equal((MarketoTransportFailure.InvalidResponse, (int?)200), (exception.Failure, raw.HttpStatusCode));
            Assert.Contains("externalKey", raw.ResponseStart, StringComparison.Ordinal);
            Assert.DoesNotContain("OPP-SECRET-VALUE-1", raw.ResponseStart, StringComparison.Ordinal);
            Assert.DoesNotContain("OPP-SECRET-VALUE-1", exception.ToString(), StringComparison.Ordinal);
        }
    }
}
