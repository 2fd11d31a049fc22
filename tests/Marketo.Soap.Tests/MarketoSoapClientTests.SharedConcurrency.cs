using System.Threading.RateLimiting;
using Marketo.Soap.Models;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests;

public partial class MarketoSoapClientTests
{
    /// <summary>A concurrency limiter the caller supplies (a fleet's shared count) in place of the client's own.</summary>
    public class SharedConcurrency
    {
        private static readonly SyncMultipleLeadsRequest TwoLeads = new() { Leads = Leads.Numbered(2) };

        [Fact]
        public async Task SyncMultipleLeadsAsync_ConcurrencyLimiterSupplied_HoldsCallsToItsPermitsInsteadOfMaxConcurrentCalls()
        {
            var handler = new GatedHandler("syncMultipleLeads.response.updated-updated.xml");
            using var limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = 3, QueueLimit = int.MaxValue });
            var options = SeedCredentials.Options();
            options.MaxConcurrentCalls = 1;
            options.ConcurrencyLimiter = limiter;
            using var client = new MarketoSoapClient(options, null, SeedCredentials.SyncMultipleLeadsClock(), _ => handler);

            var calls = Enumerable.Range(0, 6).Select(_ => client.SyncMultipleLeadsAsync(TwoLeads)).ToList();
            for (var i = 0; i < 3; i++)
            {
                await handler.WaitForArrivalAsync();
            }

            for (var i = 3; i < calls.Count; i++)
            {
                handler.LetOneThrough();
                await handler.WaitForArrivalAsync();
            }

            for (var i = 0; i < 3; i++)
            {
                handler.LetOneThrough();
            }

            await Task.WhenAll(calls);
            Assert.Equal(3, handler.MostInFlight);
        }

        [Fact]
        public async Task Dispose_ConcurrencyLimiterSupplied_LeavesItUsableWithEveryPermitGivenBack()
        {
            var handler = new ReplayHandler().ReplyFixture("syncMultipleLeads.response.updated-updated.xml");
            using var limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = 2, QueueLimit = 0 });
            var options = SeedCredentials.Options();
            options.ConcurrencyLimiter = limiter;
            var client = TestClient.Create(handler, options: options);

            await client.SyncMultipleLeadsAsync(TwoLeads);
            client.Dispose();

            using var both = limiter.AttemptAcquire(2);
            Assert.True(both.IsAcquired);
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_ConcurrencyLimiterRefuses_FailsWithoutSendingOrRepeating()
        {
            var handler = new ReplayHandler().ReplyFixture("syncMultipleLeads.response.updated-updated.xml");
            using var limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = 1, QueueLimit = 0 });
            using var heldElsewhere = limiter.AttemptAcquire(1);
            var options = SeedCredentials.Options();
            options.ConcurrencyLimiter = limiter;
            using var client = TestClient.Create(handler, options: options);

            var failure = await Assert.ThrowsAsync<MarketoSoapException>(() => client.SyncMultipleLeadsAsync(TwoLeads));

            Assert.Contains("concurrency limiter refused", failure.Message, StringComparison.Ordinal);
            Assert.Empty(handler.Requests);
        }
    }
}
