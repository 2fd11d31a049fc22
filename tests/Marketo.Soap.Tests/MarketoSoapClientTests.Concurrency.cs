using System.Net;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests;

public partial class MarketoSoapClientTests
{
    /// <summary>Calls in flight at the same time on one client, including its very first calls, do not share their state.</summary>
    public class Concurrency
    {
        // The two tests below catch the fault reliably only in a cold process, where the first call
        // is slow to open its channel; MarketoPortFactoryTests checks its cause directly.
        [Fact]
        public async Task SyncMObjectsAsync_SentWhileTheFirstCallHangs_GetsItsOwnHttpStatus()
        {
            var handler = new ReplayHandler().Hang().Reply(CannedResponse.Page("http.502.bad-gateway.html", HttpStatusCode.BadGateway, "text/html"));
            using var client = TestClient.Create(handler);
            using var first = new CancellationTokenSource();

            var firstCall = client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads(), first.Token);
            await handler.WaitForRequestAsync();
            var exception = await Assert.ThrowsAsync<MarketoTransportException>(() => client.SyncMObjectsAsync(SampleRequests.ProgramCost()));
            first.Cancel();
            await Assert.ThrowsAsync<OperationCanceledException>(() => firstCall);

            Assert.Equal((MarketoTransportFailure.HttpError, (int?)502), (exception.Failure, exception.HttpStatusCode));
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_OneOfTwoCallsInFlightCancelled_OnlyThatCallsRequestIsCancelled()
        {
            var handler = new ReplayHandler().Hang().Hang();
            using var client = TestClient.Create(handler);
            using var first = new CancellationTokenSource();
            using var second = new CancellationTokenSource();

            var firstCall = client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads(), first.Token);
            await handler.WaitForRequestAsync();
            var secondCall = client.SyncMObjectsAsync(SampleRequests.ProgramCost(), second.Token);
            await handler.WaitForRequestAsync();
            first.Cancel();

            Assert.Equal([true, false], handler.RequestTokens.Select(t => t.IsCancellationRequested));
            await Assert.ThrowsAsync<OperationCanceledException>(() => firstCall);
            second.Cancel();
            await Assert.ThrowsAsync<OperationCanceledException>(() => secondCall);
        }
    }
}
