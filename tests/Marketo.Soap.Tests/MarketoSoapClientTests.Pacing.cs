using System.Xml.Linq;
using Marketo.Soap.Models;
using Marketo.Soap.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Marketo.Soap.Tests;

public partial class MarketoSoapClientTests
{
    /// <summary>Repeats after retriable failures, and the limits every attempt is held to.</summary>
    public class Pacing
    {
        private static readonly SyncMultipleLeadsRequest TwoLeads = new() { Leads = Leads.Numbered(2) };

        private static readonly SyncMObjectsRequest OneOpportunityInsert = new()
        {
            Operation = MObjectOperation.Insert,
            Objects = [new MObjectRecord { Type = MObjectTypes.Opportunity, Attributes = [new("Name", "Q1 2014")] }],
        };

        [Fact]
        public async Task SyncMultipleLeadsAsync_ConnectionFailsOnce_RepeatsAndReturnsTheAnswer()
        {
            var handler = new ReplayHandler().Throw(new HttpRequestException("connection reset")).ReplyFixture("syncMultipleLeads.response.updated-updated.xml");
            using var client = TestClient.Create(handler, options: WithRetries(2));

            var result = await client.SyncMultipleLeadsAsync(TwoLeads);

            Assert.Equal(2, result.Results.Count);
            Assert.Equal(2, handler.Requests.Count);
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_ConnectionKeepsFailing_GivesUpAfterTheLastRepeat()
        {
            var handler = new ReplayHandler();
            for (var i = 0; i < 3; i++)
            {
                handler.Throw(new HttpRequestException("connection refused"));
            }

            using var client = TestClient.Create(handler, options: WithRetries(2));

            var failure = await Assert.ThrowsAsync<MarketoTransportException>(() => client.SyncMultipleLeadsAsync(TwoLeads));

            Assert.Equal(MarketoTransportFailure.ConnectionFailed, failure.Failure);
            Assert.Equal(3, handler.Requests.Count);
        }

        [Fact]
        public async Task SyncMObjectsAsync_InsertLosesItsConnection_IsNotRepeated()
        {
            var handler = new ReplayHandler().Throw(new HttpRequestException("connection reset")).ReplyFixture("syncMObjects.response.updated.xml");
            using var client = TestClient.Create(handler, options: WithRetries(2));

            await Assert.ThrowsAsync<MarketoTransportException>(() => client.SyncMObjectsAsync(OneOpportunityInsert));

            Assert.Single(handler.Requests);
        }

        [Fact]
        public async Task SyncMObjectsAsync_InsertLosesItsConnectionAndCallerOptedIn_IsRepeated()
        {
            var handler = new ReplayHandler().Throw(new HttpRequestException("connection reset")).ReplyFixture("syncMObjects.response.updated.xml");
            var options = WithRetries(2);
            options.Retry.RetryUnsafeCallsAfterAmbiguousFailures = true;
            using var client = TestClient.Create(handler, options: options);

            await client.SyncMObjectsAsync(OneOpportunityInsert);

            Assert.Equal(2, handler.Requests.Count);
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_Repeated_SignsEachAttemptWithAFreshTimestamp()
        {
            var clock = SeedCredentials.SyncMultipleLeadsClock();
            clock.AutoAdvanceAmount = TimeSpan.FromSeconds(1);
            var handler = new ReplayHandler().Throw(new HttpRequestException("connection reset")).ReplyFixture("syncMultipleLeads.response.updated-updated.xml");
            using var client = TestClient.Create(handler, clock, options: WithRetries(1));

            await client.SyncMultipleLeadsAsync(TwoLeads);

            var headers = handler.Requests.Select(r => AuthenticationHeaderOf(r.Body)).ToList();
            Assert.Equal(2, headers.Count);
            Assert.NotEqual(headers[0].Timestamp, headers[1].Timestamp);
            Assert.All(headers, h => Assert.Equal(Signatures.Expected(h.Timestamp), h.Signature));
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_ManyCallsAtOnce_NeverHasMoreInFlightThanMaxConcurrentCalls()
        {
            var handler = new GatedHandler("syncMultipleLeads.response.updated-updated.xml");
            var options = SeedCredentials.Options();
            options.MaxConcurrentCalls = 2;
            using var client = new MarketoSoapClient(options, null, SeedCredentials.SyncMultipleLeadsClock(), _ => handler);

            var calls = Enumerable.Range(0, 6).Select(_ => client.SyncMultipleLeadsAsync(TwoLeads)).ToList();
            await handler.WaitForArrivalAsync();
            await handler.WaitForArrivalAsync();
            for (var i = 2; i < calls.Count; i++)
            {
                // Each answer frees a slot, which the next waiting call takes.
                handler.LetOneThrough();
                await handler.WaitForArrivalAsync();
            }

            handler.LetOneThrough();
            handler.LetOneThrough();
            await Task.WhenAll(calls);
            Assert.Equal(2, handler.MostInFlight);
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_EveryAttemptIncludingRepeats_TakesOneRatePermit()
        {
            var limiter = new CountingRateLimiter();
            var handler = new ReplayHandler()
                .Throw(new HttpRequestException("connection reset")).ReplyFixture("syncMultipleLeads.response.updated-updated.xml")
                .ReplyFixture("syncMultipleLeads.response.updated-updated.xml");
            var options = WithRetries(1);
            options.RateLimiter = limiter;
            using var client = TestClient.Create(handler, options: options);

            await client.SyncMultipleLeadsAsync(TwoLeads);
            await client.SyncMultipleLeadsAsync(TwoLeads);

            Assert.Equal(3, limiter.PermitsTaken);
            Assert.Equal(3, handler.Requests.Count);
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_RequestExpired_RepeatsSignedWithAFreshTimestamp()
        {
            var clock = SeedCredentials.SyncMultipleLeadsClock();
            clock.AutoAdvanceAmount = TimeSpan.FromSeconds(1);
            var handler = new ReplayHandler().Reply(CannedResponse.Fault("fault.20016.request-expired.xml")).ReplyFixture("syncMultipleLeads.response.updated-updated.xml");
            using var client = TestClient.Create(handler, clock, options: WithRetries(1));

            await client.SyncMultipleLeadsAsync(TwoLeads);

            var headers = handler.Requests.Select(r => AuthenticationHeaderOf(r.Body)).ToList();
            Assert.Equal(2, headers.Count);
            Assert.NotEqual(headers[0].Timestamp, headers[1].Timestamp);
            Assert.Equal(Signatures.Expected(headers[1].Timestamp), headers[1].Signature);
        }

        [Fact]
        public async Task SyncMObjectsAsync_InsertRefusedByTheRateLimit_IsRepeatedBecauseNothingWasApplied()
        {
            var handler = new ReplayHandler().Reply(CannedResponse.Fault("fault.20023.rate-limit-exceeded.xml")).ReplyFixture("syncMObjects.response.updated.xml");
            using var client = TestClient.Create(handler, options: WithRetries(2));

            await client.SyncMObjectsAsync(OneOpportunityInsert);

            Assert.Equal(2, handler.Requests.Count);
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_DailyQuotaUsedUp_IsNotRepeated()
        {
            var handler = new ReplayHandler().Reply(CannedResponse.Fault("fault.20015.request-limit-exceeded.xml")).ReplyFixture("syncMultipleLeads.response.updated-updated.xml");
            using var client = TestClient.Create(handler, options: WithRetries(3));

            await Assert.ThrowsAsync<MarketoQuotaExceededException>(() => client.SyncMultipleLeadsAsync(TwoLeads));

            Assert.Single(handler.Requests);
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_AuthenticationFailed_IsNotRepeated()
        {
            var handler = new ReplayHandler().Reply(CannedResponse.Fault("fault.20014.authentication-failed.xml")).ReplyFixture("syncMultipleLeads.response.updated-updated.xml");
            using var client = TestClient.Create(handler, options: WithRetries(3));

            await Assert.ThrowsAsync<MarketoAuthenticationException>(() => client.SyncMultipleLeadsAsync(TwoLeads));

            Assert.Single(handler.Requests);
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_ServiceUnavailablePage_IsRepeated()
        {
            var handler = new ReplayHandler()
                .Reply(CannedResponse.Page("http.503.service-unavailable.html", System.Net.HttpStatusCode.ServiceUnavailable, "text/html"))
                .ReplyFixture("syncMultipleLeads.response.updated-updated.xml");
            using var client = TestClient.Create(handler, options: WithRetries(1));

            var result = await client.SyncMultipleLeadsAsync(TwoLeads);

            Assert.Equal(2, result.Results.Count);
            Assert.Equal(2, handler.Requests.Count);
        }

        private static MarketoSoapOptions WithRetries(int attempts)
        {
            var options = SeedCredentials.Options();
            options.Retry.MaxRetryAttempts = attempts;
            options.Retry.BaseDelay = TimeSpan.Zero;
            return options;
        }

        private static (string Timestamp, string Signature) AuthenticationHeaderOf(string envelope)
        {
            var header = XDocument.Parse(envelope).Descendants(XName.Get("AuthenticationHeader", "http://www.marketo.com/mktows/")).Single();
            return (header.Element("requestTimestamp")!.Value, header.Element("requestSignature")!.Value);
        }
    }
}
