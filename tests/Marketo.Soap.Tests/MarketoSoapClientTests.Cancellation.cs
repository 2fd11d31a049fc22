using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests;

public partial class MarketoSoapClientTests
{
    /// <summary>The caller's cancellation token stops a call before it is sent and while it is in flight.</summary>
    public class Cancellation
    {
        [Fact]
        public async Task SyncMultipleLeadsAsync_TokenAlreadyCancelled_ThrowsOperationCanceledAndSendsNothing()
        {
            var handler = new ReplayHandler();
            using var client = TestClient.Create(handler);

            await Assert.ThrowsAsync<OperationCanceledException>(() => client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads(), new CancellationToken(canceled: true)));

            Assert.Empty(handler.Requests);
        }

        [Fact]
        public async Task SyncMObjectsAsync_TokenAlreadyCancelled_ThrowsOperationCanceledAndSendsNothing()
        {
            var handler = new ReplayHandler();
            using var client = TestClient.Create(handler);

            await Assert.ThrowsAsync<OperationCanceledException>(() => client.SyncMObjectsAsync(SampleRequests.ProgramCost(), new CancellationToken(canceled: true)));

            Assert.Empty(handler.Requests);
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_CancelledWhileRequestHangs_CancelsTheHttpRequestAtOnce()
        {
            var handler = new ReplayHandler().Hang();
            var options = SeedCredentials.Options();
            options.Timeout = TimeSpan.FromMinutes(10);
            using var client = TestClient.Create(handler, options: options);
            using var cancellation = new CancellationTokenSource();

            var call = client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads(), cancellation.Token);
            await handler.WaitForRequestAsync();
            cancellation.Cancel();

            // Cancel() runs the token's callbacks before it returns, so a token that reaches the
            // HTTP request is cancelled by now; one that did not would wait for the 10-minute timeout.
            Assert.True(Assert.Single(handler.RequestTokens).IsCancellationRequested);
            var exception = await Assert.ThrowsAsync<OperationCanceledException>(() => call);
            Assert.Equal(cancellation.Token, exception.CancellationToken);
        }

        [Fact]
        public async Task SyncMObjectsAsync_CancelledWhileRequestHangs_ThrowsOperationCanceledWithTheCallersToken()
        {
            var handler = new ReplayHandler().Hang();
            var options = SeedCredentials.Options();
            options.Timeout = TimeSpan.FromMinutes(10);
            using var client = TestClient.Create(handler, options: options);
            using var cancellation = new CancellationTokenSource();

            var call = client.SyncMObjectsAsync(SampleRequests.ProgramCost(), cancellation.Token);
            await handler.WaitForRequestAsync();
            cancellation.Cancel();

            Assert.True(Assert.Single(handler.RequestTokens).IsCancellationRequested);
            var exception = await Assert.ThrowsAsync<OperationCanceledException>(() => call);
            Assert.Equal(cancellation.Token, exception.CancellationToken);
        }
    }
}
