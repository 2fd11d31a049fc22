using Marketo.Soap.Pipeline;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests;

public partial class MarketoSoapClientTests
{
    /// <summary>Disposing the client ends its calls at once with its own exception, and leaves what the caller owns alone.</summary>
    public class Disposal
    {
        // Not a timing assertion: a guard so that a call the disposal failed to end fails the test
        // instead of hanging it (such a call would otherwise wait for its 10-minute timeout).
        private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

        private static MarketoSoapOptions OneSlotNoTimeout()
        {
            var options = SeedCredentials.Options();
            options.MaxConcurrentCalls = 1;
            options.Timeout = TimeSpan.FromMinutes(10);
            return options;
        }

        [Fact]
        public async Task Dispose_CallInFlight_EndsItWithTheClientsObjectDisposedException()
        {
            var handler = new ReplayHandler().Hang();
            var client = TestClient.Create(handler, options: OneSlotNoTimeout());
            var inFlight = client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads());
            await handler.WaitForRequestAsync();

            client.Dispose();

            var exception = await Assert.ThrowsAsync<ObjectDisposedException>(() => inFlight.WaitAsync(Guard));
            Assert.Equal(typeof(MarketoSoapClient).FullName, exception.ObjectName);
            Assert.True(RetryDecision.MayHaveBeenApplied(exception)); // it had been sent
        }

        [Fact]
        public async Task Dispose_CallQueuedForTheOnlySlot_EndsItWithTheClientsObjectDisposedExceptionAndSendsNothing()
        {
            var handler = new ReplayHandler().Hang();
            var client = TestClient.Create(handler, options: OneSlotNoTimeout());
            var inFlight = client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads());
            await handler.WaitForRequestAsync();
            var queued = client.SyncMObjectsAsync(SampleRequests.ProgramCost());

            client.Dispose();

            var exception = await Assert.ThrowsAsync<ObjectDisposedException>(() => queued.WaitAsync(Guard));
            await Assert.ThrowsAsync<ObjectDisposedException>(() => inFlight.WaitAsync(Guard));
            Assert.Equal(typeof(MarketoSoapClient).FullName, exception.ObjectName);
            Assert.Single(handler.Requests);
            Assert.False(RetryDecision.MayHaveBeenApplied(exception)); // it never left the process
        }

        [Fact]
        public async Task Dispose_QueuedCallsTokenCancelledToo_EndsWithTheCallersOperationCanceled()
        {
            var handler = new ReplayHandler().Hang();
            var client = TestClient.Create(handler, options: OneSlotNoTimeout());
            using var cancellation = new CancellationTokenSource();
            var inFlight = client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads());
            await handler.WaitForRequestAsync();
            var queued = client.SyncMObjectsAsync(SampleRequests.ProgramCost(), cancellation.Token);

            cancellation.Cancel();
            client.Dispose();

            var exception = await Assert.ThrowsAsync<OperationCanceledException>(() => queued.WaitAsync(Guard));
            await Assert.ThrowsAsync<ObjectDisposedException>(() => inFlight.WaitAsync(Guard));
            Assert.Equal(cancellation.Token, exception.CancellationToken);
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_AfterDispose_ThrowsObjectDisposedNamingTheClientAndSendsNothing()
        {
            var handler = new ReplayHandler();
            var client = TestClient.Create(handler);
            client.Dispose();

            var exception = await Assert.ThrowsAsync<ObjectDisposedException>(() => client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads()));

            Assert.Equal(typeof(MarketoSoapClient).FullName, exception.ObjectName);
            Assert.Empty(handler.Requests);
        }

        [Fact]
        public async Task SyncMObjectsAsync_AfterDispose_ThrowsObjectDisposedNamingTheClientAndSendsNothing()
        {
            var handler = new ReplayHandler();
            var client = TestClient.Create(handler);
            client.Dispose();

            var exception = await Assert.ThrowsAsync<ObjectDisposedException>(() => client.SyncMObjectsAsync(SampleRequests.ProgramCost()));

            Assert.Equal(typeof(MarketoSoapClient).FullName, exception.ObjectName);
            Assert.Empty(handler.Requests);
        }

        [Fact]
        public void Dispose_CalledTwice_DoesNotThrow()
        {
            var client = TestClient.Create(new ReplayHandler());

            client.Dispose();
            var second = Record.Exception(client.Dispose);

            Assert.Null(second);
        }

        [Fact]
        public void Dispose_CallersOwnRateLimiter_IsLeftUndisposed()
        {
            var limiter = new CountingRateLimiter();
            var options = SeedCredentials.Options();
            options.RateLimiter = limiter;
            var client = TestClient.Create(new ReplayHandler(), options: options);

            client.Dispose();

            Assert.False(limiter.IsDisposed);
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_RateLimiterRefusesAPermit_ThrowsSayingNothingWasSent()
        {
            var handler = new ReplayHandler();
            var options = SeedCredentials.Options();
            options.RateLimiter = new CountingRateLimiter { Refuse = true };
            using var client = TestClient.Create(handler, options: options);

            var exception = await Assert.ThrowsAsync<MarketoSoapException>(() => client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads()));

            Assert.Contains("refused a permit", exception.Message, StringComparison.Ordinal);
            Assert.False(RetryDecision.MayHaveBeenApplied(exception));
            Assert.Empty(handler.Requests);
        }

        [Fact]
        public async Task SyncMObjectsAsync_RateLimiterRefusedAPermit_GivesTheSlotBackForTheNextCall()
        {
            var limiter = new CountingRateLimiter { Refuse = true };
            var handler = new ReplayHandler().ReplyFixture("syncMObjects.response.updated.xml");
            var options = SeedCredentials.Options();
            options.MaxConcurrentCalls = 1;
            options.RateLimiter = limiter;
            using var client = TestClient.Create(handler, SeedCredentials.SyncMObjectsClock(), options: options);
            await Assert.ThrowsAsync<MarketoSoapException>(() => client.SyncMObjectsAsync(SampleRequests.ProgramCost()));

            limiter.Refuse = false;
            var result = await client.SyncMObjectsAsync(SampleRequests.ProgramCost()).WaitAsync(Guard);

            Assert.Single(result.Results);
        }

        [Fact]
        public async Task Dispose_AfterACall_ClosesTheChannelAndWithItTheHttpHandlers()
        {
            // Abort closes the channel factory, which lets go of the HTTP stack and its connections.
            var handler = new DisposalWatchingHandler(new ReplayHandler().ReplyFixture("syncMultipleLeads.response.updated-updated.xml"));
            var client = TestClient.Create(handler);
            await client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads());

            client.Dispose();

            Assert.True(handler.Disposed);
        }

        [Fact]
        public void Dispose_ClientNotDisposed_KeepsTheHttpHandlers()
        {
            var handler = new DisposalWatchingHandler(new ReplayHandler());
            using var client = TestClient.Create(handler);

            Assert.False(handler.Disposed);
        }

        /// <summary>Passes every request on, and notes whether whoever owns it disposed it.</summary>
        private sealed class DisposalWatchingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
        {
            public bool Disposed { get; private set; }

            protected override void Dispose(bool disposing)
            {
                Disposed = true;
                base.Dispose(disposing);
            }
        }
    }
}
