using System.Diagnostics;
using Marketo.Soap.Models;
using Marketo.Soap.Tests.TestSupport;
using Microsoft.Extensions.Logging;

namespace Marketo.Soap.Tests;

public partial class MarketoSoapClientTests
{
    /// <summary>Activities, metrics and raw SOAP at Trace level.</summary>
    [Collection(TelemetryCollection.Name)]
    public class Telemetry
    {
        private static readonly SyncMultipleLeadsRequest TwoLeads = new() { Leads = Leads.Numbered(2) };

        [Fact]
        public async Task SyncMultipleLeadsAsync_Succeeds_RecordsOneClientActivityWithOperationAndCounts()
        {
            using var recorder = new TelemetryRecorder();
            using var client = TestClient.Create(new ReplayHandler().ReplyFixture("syncMultipleLeads.response.updated-updated.xml"));

            await client.SyncMultipleLeadsAsync(TwoLeads);

            var activity = Assert.Single(recorder.Activities);
            Assert.Equal("MarketoSoapClient.SyncMultipleLeads", activity.OperationName);
            Assert.Equal(ActivityKind.Client, activity.Kind);
            Assert.Equal("syncMultipleLeads", activity.GetTagItem("marketo.operation"));
            Assert.Equal(2, activity.GetTagItem("marketo.record_count"));
            Assert.Equal(2, activity.GetTagItem("marketo.records.succeeded"));
            Assert.Equal(0, activity.GetTagItem("marketo.records.failed"));
            Assert.Equal(ActivityStatusCode.Unset, activity.Status);
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_Succeeds_CountsTheCallTheRecordsByStatusAndTheDuration()
        {
            using var recorder = new TelemetryRecorder();
            using var client = TestClient.Create(new ReplayHandler().ReplyFixture("syncMultipleLeads.response.updated-updated.xml"));

            await client.SyncMultipleLeadsAsync(TwoLeads);

            var call = Assert.Single(recorder.Of("marketo.soap.calls"));
            Assert.Equal((1d, "syncMultipleLeads", "success"), (call.Value, call.Tags["marketo.operation"], call.Tags["marketo.outcome"]));
            var records = Assert.Single(recorder.Of("marketo.soap.records"));
            Assert.Equal((2d, "UPDATED"), (records.Value, records.Tags["marketo.status"]));
            Assert.Single(recorder.Of("marketo.soap.call.duration"));
            Assert.Empty(recorder.Of("marketo.soap.faults"));
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_ConnectionFails_MarksTheActivityFailedAndCountsTheFailure()
        {
            using var recorder = new TelemetryRecorder();
            using var client = TestClient.Create(new ReplayHandler().Throw(new HttpRequestException("connection refused")));

            await Assert.ThrowsAsync<MarketoTransportException>(() => client.SyncMultipleLeadsAsync(TwoLeads));

            var activity = Assert.Single(recorder.Activities);
            Assert.Equal(ActivityStatusCode.Error, activity.Status);
            Assert.Equal(true, activity.GetTagItem("marketo.retriable"));
            var call = Assert.Single(recorder.Of("marketo.soap.calls"));
            Assert.Equal("transport_failure", call.Tags["marketo.outcome"]);
            Assert.Single(recorder.Of("marketo.soap.faults"));
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_Succeeds_RecordsNoRecordContentsAndNoCredentials()
        {
            using var recorder = new TelemetryRecorder();
            using var client = TestClient.Create(new ReplayHandler().ReplyFixture("syncMultipleLeads.response.updated-updated.xml"));

            await client.SyncMultipleLeadsAsync(TwoLeads);

            var recorded = recorder.Activities.SelectMany(a => a.TagObjects.Select(t => $"{t.Value}"))
                .Concat(recorder.Measurements.SelectMany(m => m.Tags.Values.Select(v => $"{v}")))
                .ToList();
            Assert.DoesNotContain(recorded, v => v.Contains("@example.test", StringComparison.Ordinal));
            Assert.DoesNotContain(recorded, v => v.Contains(SeedCredentials.UserId, StringComparison.Ordinal));
            Assert.DoesNotContain(recorded, v => v.Contains(SeedCredentials.EncryptionKey, StringComparison.Ordinal));
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_TraceEnabled_LogsRequestAndReplyWithHeaderAndRecordValuesRedacted()
        {
            var logger = new RecordingLogger();
            var handler = new ReplayHandler().ReplyFixture("syncMultipleLeads.response.updated-updated.xml");
            using var client = TestClient.Create(handler, logger: logger);

            await client.SyncMultipleLeadsAsync(TwoLeads);

            var trace = logger.Entries.Where(e => e.Level == LogLevel.Trace).Select(e => e.Message).ToList();
            Assert.Equal(2, trace.Count);
            Assert.DoesNotContain("lead0@example.test", trace[0], StringComparison.Ordinal);
            Assert.Contains("<Email>[redacted]</Email>", trace[0], StringComparison.Ordinal);
            Assert.Contains("1090240", trace[1], StringComparison.Ordinal);
            var sent = handler.SingleRequest.Body;
            var signature = System.Xml.Linq.XDocument.Parse(sent).Descendants("requestSignature").Single().Value;
            Assert.All(trace, t => Assert.DoesNotContain(signature, t, StringComparison.Ordinal));
            Assert.All(logger.Entries, e => Assert.DoesNotContain(SeedCredentials.EncryptionKey, e.Message, StringComparison.Ordinal));
            Assert.Contains("[redacted]", trace[0], StringComparison.Ordinal);
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_Succeeds_TagsTheActivityWithRpcAndServerConventions()
        {
            using var recorder = new TelemetryRecorder();
            using var client = TestClient.Create(new ReplayHandler().ReplyFixture("syncMultipleLeads.response.updated-updated.xml"));

            await client.SyncMultipleLeadsAsync(TwoLeads);

            var activity = Assert.Single(recorder.Activities);
            Assert.Equal(
                ("soap", "MktMktowsApiService", "syncMultipleLeads", SeedCredentials.Endpoint.Host, 443),
                (activity.GetTagItem("rpc.system"), activity.GetTagItem("rpc.service"), activity.GetTagItem("rpc.method"), activity.GetTagItem("server.address"), activity.GetTagItem("server.port")));
            Assert.Null(activity.GetTagItem("error.type"));
            var call = Assert.Single(recorder.Of("marketo.soap.calls"));
            Assert.Equal((SeedCredentials.Endpoint.Host, 443), (call.Tags["server.address"], call.Tags["server.port"]));
            Assert.Equal(SeedCredentials.Endpoint.Host, Assert.Single(recorder.Of("marketo.soap.records")).Tags["server.address"]);
        }

        [Theory]
        [InlineData("fault", "20014")]
        [InlineData("transport", "Marketo.Soap.MarketoTransportException")]
        public async Task SyncMultipleLeadsAsync_Fails_TagsErrorTypeWithTheCodeOrTheExceptionType(string failure, string errorType)
        {
            using var recorder = new TelemetryRecorder();
            var network = failure == "fault"
                ? new ReplayHandler().Reply(CannedResponse.Fault("fault.20014.authentication-failed.xml"))
                : new ReplayHandler().Throw(new HttpRequestException("connection refused"));
            using var client = TestClient.Create(network);

            await Assert.ThrowsAnyAsync<MarketoSoapException>(() => client.SyncMultipleLeadsAsync(TwoLeads));

            Assert.Equal(errorType, Assert.Single(recorder.Activities).GetTagItem("error.type"));
            Assert.Equal(errorType, Assert.Single(recorder.Of("marketo.soap.calls")).Tags["error.type"]);
            Assert.Equal(SeedCredentials.Endpoint.Host, Assert.Single(recorder.Of("marketo.soap.faults")).Tags["server.address"]);
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_TraceEnabledAndCallerOptedInToRecordValues_LogsThemButNotTheSignature()
        {
            var logger = new RecordingLogger();
            var handler = new ReplayHandler().ReplyFixture("syncMultipleLeads.response.updated-updated.xml");
            var options = SeedCredentials.Options();
            options.UnredactedRecordValuesInTrace = true;
            using var client = TestClient.Create(handler, logger: logger, options: options);

            await client.SyncMultipleLeadsAsync(TwoLeads);

            var request = logger.Entries.First(e => e.Level == LogLevel.Trace).Message;
            var signature = SentHeader.From(handler.SingleRequest).Signature;
            Assert.Contains("lead0@example.test", request, StringComparison.Ordinal);
            Assert.DoesNotContain(signature, request, StringComparison.Ordinal);
        }
    }
}
