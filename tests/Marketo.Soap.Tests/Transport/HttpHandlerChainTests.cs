using System.Collections.Concurrent;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests.Transport;

/// <summary>The user's own HTTP handlers from <see cref="MarketoSoapOptions.HttpHandlers"/>, under the client and above the network.</summary>
public class HttpHandlerChainTests
{
    [Fact]
    public async Task SyncMultipleLeadsAsync_TwoHandlersInOptions_RunOutermostFirstAboveTheNetwork()
    {
        var order = new ConcurrentQueue<string>();
        var network = new ReplayHandler().ReplyFixture("syncMultipleLeads.response.updated-updated.xml");
        var options = SeedCredentials.Options();
        options.HttpHandlers.Add(() => new OrderRecordingHandler("proxy", order));
        options.HttpHandlers.Add(() => new OrderRecordingHandler("recorder", order));
        using var client = TestClient.Create(network, options: options);

        await client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads());

        Assert.Equal(["proxy", "recorder"], order);
        Assert.Single(network.Requests);
    }

    [Fact]
    public async Task SyncMultipleLeadsAsync_TwoCallsOnTwoClients_CallsEachFactoryOncePerClient()
    {
        var made = 0;
        var options = SeedCredentials.Options();
        options.HttpHandlers.Add(() =>
        {
            Interlocked.Increment(ref made);
            return new OrderRecordingHandler("counted", new ConcurrentQueue<string>());
        });
        using var first = TestClient.Create(TwoAnswers(), options: options);
        using var second = TestClient.Create(TwoAnswers(), options: options);

        foreach (var client in new[] { first, second, first, second })
        {
            await client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads());
        }

        Assert.Equal(2, made);
    }

    [Fact]
    public async Task SyncMultipleLeadsAsync_FactoryReturnsAHandlerAlreadyInAChain_FailsNamingTheFactory()
    {
        var shared = new OrderRecordingHandler("shared", new ConcurrentQueue<string>()) { InnerHandler = new ReplayHandler() };
        var options = SeedCredentials.Options();
        options.HttpHandlers.Add(() => shared);
        using var client = TestClient.Create(TwoAnswers(), options: options);

        var exception = await Assert.ThrowsAnyAsync<Exception>(() => client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads()));

        Assert.Contains("HTTP handler factory 0", exception.ToString(), StringComparison.Ordinal);
    }

    private static ReplayHandler TwoAnswers() => new ReplayHandler()
        .ReplyFixture("syncMultipleLeads.response.updated-updated.xml")
        .ReplyFixture("syncMultipleLeads.response.updated-updated.xml");

    [Fact]
    public async Task SyncMObjectsAsync_PassThroughHandlerAndServerNeverAnswers_StillTimesOutAfterTheConfiguredTimeout()
    {
        var options = SeedCredentials.Options();
        options.Timeout = TimeSpan.FromSeconds(1);
        options.HttpHandlers.Add(() => new OrderRecordingHandler("pass-through", new ConcurrentQueue<string>()));
        using var client = TestClient.Create(new ReplayHandler().Hang(), options: options);

        var exception = await Assert.ThrowsAsync<MarketoTransportException>(() => client.SyncMObjectsAsync(SampleRequests.ProgramCost()));

        Assert.Equal(MarketoTransportFailure.Timeout, exception.Failure);
    }

    [Fact]
    public async Task SyncMultipleLeadsAsync_HandlerAnswersWithMoreThanTheLargestAnswer_ThrowsInvalidResponse()
    {
        // A handler may replace the answer, but WCF's size limit above it still reads it.
        var options = SeedCredentials.Options();
        options.HttpHandlers.Add(() => new AnsweringHandler(new ReplayHandler().Reply(CannedResponse.Oversized())));
        using var client = TestClient.Create(new ReplayHandler(), options: options);

        var exception = await Assert.ThrowsAsync<MarketoTransportException>(() => client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads()));

        Assert.Equal(MarketoTransportFailure.InvalidResponse, exception.Failure);
    }
}
