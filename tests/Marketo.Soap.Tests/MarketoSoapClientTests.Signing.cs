using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests;

public partial class MarketoSoapClientTests
{
    /// <summary>Every call carries a header signed at the moment it is sent.</summary>
    public class Signing
    {
        [Fact]
        public async Task SyncMultipleLeadsAsync_TwoCallsWithTimePassing_CarryDifferentTimestampsAndSignatures()
        {
            var clock = SeedCredentials.SyncMultipleLeadsClock();
            var handler = new ReplayHandler()
                .ReplyFixture("syncMultipleLeads.response.updated-updated.xml")
                .ReplyFixture("syncMultipleLeads.response.updated-updated.xml");
            using var client = TestClient.Create(handler, clock);

            await client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads());
            clock.Advance(TimeSpan.FromSeconds(61));
            await client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads());

            var headers = handler.Requests.Select(SentHeader.From).ToList();
            Assert.Equal(["2013-08-01T18:22:30-07:00", "2013-08-01T18:23:31-07:00"], headers.Select(h => h.Timestamp));
            Assert.NotEqual(headers[0].Signature, headers[1].Signature);
        }

        [Fact]
        public async Task SyncMObjectsAsync_EachCall_SignatureVerifiesWithHmacSha1OfItsOwnTimestamp()
        {
            var clock = SeedCredentials.SyncMObjectsClock();
            var handler = new ReplayHandler()
                .ReplyFixture("syncMObjects.response.updated.xml")
                .ReplyFixture("syncMObjects.response.updated.xml");
            using var client = TestClient.Create(handler, clock);

            await client.SyncMObjectsAsync(SampleRequests.ProgramCost());
            clock.Advance(TimeSpan.FromMinutes(5));
            await client.SyncMObjectsAsync(SampleRequests.ProgramCost());

            Assert.All(handler.Requests.Select(SentHeader.From), header =>
            {
                Assert.Equal(SeedCredentials.UserId, header.UserId);
                Assert.Equal(Hmac.Signature(header.Timestamp, SeedCredentials.UserId, SeedCredentials.EncryptionKey), header.Signature);
            });
        }
    }
}
