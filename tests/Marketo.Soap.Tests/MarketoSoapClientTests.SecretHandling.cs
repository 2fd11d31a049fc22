using System.Net;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests;

public partial class MarketoSoapClientTests
{
    /// <summary>Neither the encryption key nor a request's signature reaches an exception or a log entry, whatever happens.</summary>
    public class SecretHandling
    {
        private const string DistinctKey = "zq-Never-Shown-Key-7731";

        public static TheoryData<string> Outcomes() =>
        [
            "success", "fault 20014", "fault 20015", "fault 20016", "fault without code", "html 502", "empty body",
            "truncated body", "status count mismatch", "connection refused", "timeout", "cancelled in flight",
            "fault quoting the request", "html page quoting the request",
        ];

        [Theory]
        [MemberData(nameof(Outcomes))]
        public async Task SyncMultipleLeadsAsync_AnyOutcome_KeyAndSignatureAppearInNoExceptionAndNoLogEntry(string outcome)
        {
            var logger = new RecordingLogger();
            var handler = Arrange(new ReplayHandler(), outcome);
            var options = SeedCredentials.Options();
            options.EncryptionKey = DistinctKey;
            options.Timeout = TimeSpan.FromSeconds(1);
            using var client = TestClient.Create(handler, logger: logger, options: options);
            using var cancellation = new CancellationTokenSource();

            var call = client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads(), cancellation.Token);
            if (outcome == "cancelled in flight")
            {
                await handler.WaitForRequestAsync();
                cancellation.Cancel();
            }

            var exception = await Record.ExceptionAsync(() => call);

            var signature = SentHeader.From(handler.SingleRequest).Signature;
            var everythingShown = string.Join('\n', [exception?.ToString() ?? string.Empty, .. logger.Entries.Select(e => e.AllText)]);
            Assert.NotEmpty(logger.Entries);
            Assert.DoesNotContain(DistinctKey, everythingShown);
            Assert.DoesNotContain(signature, everythingShown);
        }

        private static ReplayHandler Arrange(ReplayHandler handler, string outcome) => outcome switch
        {
            "success" => handler.ReplyFixture("syncMultipleLeads.response.updated-updated.xml"),
            "fault 20014" => handler.Reply(CannedResponse.Fault("fault.20014.authentication-failed.xml")),
            "fault 20015" => handler.Reply(CannedResponse.Fault("fault.20015.request-limit-exceeded.xml")),
            "fault 20016" => handler.Reply(CannedResponse.Fault("fault.20016.request-expired.xml")),
            "fault without code" => handler.Reply(CannedResponse.Fault("fault.no-code.xml")),
            "html 502" => handler.Reply(CannedResponse.Page("http.502.bad-gateway.html", HttpStatusCode.BadGateway, "text/html")),
            "empty body" => handler.Reply(CannedResponse.Soap(string.Empty)),
            "truncated body" => handler.ReplyFixture("syncMultipleLeads.response.truncated.xml"),
            "status count mismatch" => handler.ReplyFixture("syncMultipleLeads.response.one-status.xml"),
            "connection refused" => handler.Throw(new HttpRequestException("Connection refused")),
            "timeout" or "cancelled in flight" => handler.Hang(),

            // A hostile or broken server that quotes what it was sent: the signature comes back in
            // a fault string, or in an HTML page whose first bytes WCF quotes in its exception.
            "fault quoting the request" => handler.Echo(request => CannedResponse.Soap(Quoting("fault.20016.echoes-request.xml.template", request), HttpStatusCode.InternalServerError)),
            "html page quoting the request" => handler.Echo(request => new CannedResponse(HttpStatusCode.OK, "text/html", Quoting("http.200.echoes-request.html.template", request))),
            _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "No such outcome."),
        };

        private static string Quoting(string template, RecordedExchange request)
        {
            var sent = SentHeader.From(request);
            return Fixtures.Read(template).Replace("{timestamp}", sent.Timestamp).Replace("{signature}", sent.Signature).Replace("{key}", DistinctKey);
        }
    }
}
