using System.Text;
using Marketo.Soap.Models;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests.Transport;

/// <summary>
/// The client over real sockets against a server that misbehaves on purpose: redirects, refused
/// and dropped connections, answers cut off or malformed at the byte level.
/// </summary>
public class HostileServerTests
{
    [Theory]
    [InlineData(301)]
    [InlineData(302)]
    [InlineData(303)]
    [InlineData(307)]
    [InlineData(308)]
    public async Task SyncMultipleLeadsAsync_Redirect_IsNotFollowedAndNamesStatusAndTargetOrigin(int status)
    {
        await using var elsewhere = new HostileServer();
        await using var server = new HostileServer().Redirect(status, $"{elsewhere.Origin}/collect?token=stolen");
        using var client = server.Client();

        var failure = await Assert.ThrowsAsync<MarketoRedirectException>(() => client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads()));

        Assert.Equal((status, elsewhere.Origin, MarketoTransportFailure.Redirected, false), (failure.HttpStatusCode, failure.TargetOrigin, failure.Failure, failure.IsRetriable));
        Assert.DoesNotContain("stolen", failure.Message, StringComparison.Ordinal);
        Assert.Equal(0, elsewhere.Connections);
    }

    [Fact]
    public async Task SyncMultipleLeadsAsync_NothingListens_ConnectionFailedNamingHostAndRefusalAndNothingSent()
    {
        var port = HostileServer.ClosedPort();
        var options = SeedCredentials.Options();
        options.Endpoint = new Uri($"http://127.0.0.1:{port}/soap/mktows/2_3");
        using var client = new MarketoSoapClient(options, null, SeedCredentials.SyncMultipleLeadsClock(), transport: null);

        var failure = await Assert.ThrowsAsync<MarketoTransportException>(() => client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads()));

        Assert.Equal((MarketoTransportFailure.ConnectionFailed, false), (failure.Failure, failure.MayHaveReachedMarketo));
        Assert.Contains($"127.0.0.1:{port}", failure.Message, StringComparison.Ordinal);
        Assert.Contains("refused", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SyncMultipleLeadsAsync_ConnectionDroppedAfterTheRequest_MayHaveReachedMarketo()
    {
        await using var server = new HostileServer().DropAfterRequest();
        using var client = server.Client();

        var failure = await Assert.ThrowsAsync<MarketoTransportException>(() => client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads()));

        Assert.Equal((MarketoTransportFailure.ConnectionFailed, true), (failure.Failure, failure.MayHaveReachedMarketo));
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task SyncMultipleLeadsAsync_DroppedThenRateLimitedOnEveryRepeat_SaysTheCallMayHaveReachedMarketo()
    {
        var rateLimited = Fixtures.Read("fault.20023.rate-limit-exceeded.xml");
        await using var server = new HostileServer().DropAfterRequest()
            .Respond(500, "text/xml; charset=UTF-8", rateLimited)
            .Respond(500, "text/xml; charset=UTF-8", rateLimited);
        using var client = server.Client(options =>
        {
            options.Retry.MaxRetryAttempts = 2;
            options.Retry.BaseDelay = TimeSpan.Zero;
            options.Retry.MaxDelay = TimeSpan.Zero;
        });

        var failure = await Assert.ThrowsAsync<MarketoSoapException>(() => client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads()));

        Assert.Equal((20023, true, 3), (failure.ErrorCode?.Value, failure.MayHaveReachedMarketo, server.Requests.Count));
    }

    [Fact]
    public async Task SyncMultipleLeadsAsync_ContentLengthLongerThanTheBody_RepeatsTheSafeCall()
    {
        var answer = Encoding.UTF8.GetBytes(Fixtures.Read("syncMultipleLeads.response.updated-updated.xml"));
        await using var server = new HostileServer()
            .RespondRaw($"HTTP/1.1 200 OK\r\nContent-Type: text/xml; charset=UTF-8\r\nContent-Length: {answer.Length + 500}\r\nConnection: close\r\n\r\n", answer[..(answer.Length / 2)])
            .Respond(200, "text/xml; charset=UTF-8", Fixtures.Read("syncMultipleLeads.response.updated-updated.xml"));
        using var client = server.Client(options =>
        {
            options.Retry.MaxRetryAttempts = 1;
            options.Retry.BaseDelay = TimeSpan.Zero;
        });

        var result = await client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads());

        Assert.Equal((2, 2), (result.Results.Count, server.Requests.Count));
    }

    [Fact]
    public async Task SyncMObjectsAsync_GarbageBytesWithStatus200_InvalidResponseWithRedactedRawExchange()
    {
        await using var server = new HostileServer().RespondRaw(
            "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: 16\r\nConnection: close\r\n\r\n",
            [0x3C, 0x00, 0xFF, 0xFE, 0x3C, 0x3F, 0x78, 0x6D, 0x6C, 0x20, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06]);
        using var client = server.Client();

        var failure = await Assert.ThrowsAsync<MarketoTransportException>(() => client.SyncMObjectsAsync(new SyncMObjectsRequest
        {
            Operation = MObjectOperation.Insert,
            Objects = [new MObjectRecord { Type = MObjectTypes.Opportunity, Attributes = [new("Name", "Q1")] }],
        }));

        Assert.Equal((MarketoTransportFailure.InvalidResponse, (int?)200, "syncMObjects", 1), (failure.Failure, failure.RawExchange?.HttpStatusCode, failure.RawExchange?.Operation, failure.RawExchange?.RecordCount));
    }

    [Fact]
    public async Task SyncMultipleLeadsAsync_TenThousandNestedElementsWithTraceOn_LogsNoMoreThanTheCap()
    {
        const int Depth = 10_000;
        var body = new StringBuilder("<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\"><SOAP-ENV:Body>");
        body.Insert(body.Length, "<n>", Depth).Insert(body.Length, "</n>", Depth).Append("</SOAP-ENV:Body></SOAP-ENV:Envelope>");
        await using var server = new HostileServer().Respond(200, "text/xml; charset=UTF-8", body.ToString());
        var logger = new RecordingLogger();
        using var client = server.Client(logger: logger);

        await Assert.ThrowsAsync<MarketoTransportException>(() => client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads()));

        var reply = Assert.Single(logger.Entries, e => e.EventId.Id == 101);
        Assert.Contains("deeper elements omitted", reply.Message, StringComparison.Ordinal);
        Assert.True(reply.Message.Length <= Marketo.Soap.Telemetry.SoapTextRenderer.MaxCharacters + 64, $"{reply.Message.Length} characters");
    }
}
