using System.Net.Sockets;
using System.ServiceModel;
using Marketo.Soap.Pipeline;
using Marketo.Soap.Telemetry;
using Marketo.Soap.Transport;
using Microsoft.Extensions.Time.Testing;

namespace Marketo.Soap.Tests.Pipeline;

/// <summary>Where the translator draws its lines: which status is an error page, and what counts as a lost connection.</summary>
public class ExceptionTranslatorTests
{
    private const string Operation = "syncMultipleLeads";

    private static readonly ExceptionTranslator Translator = new(
        new Uri("https://123-ABC-456.mktoapi.com/soap/mktows/2_3"),
        TimeSpan.FromSeconds(100),
        new SecretRedactor("the-encryption-key"),
        new FakeTimeProvider());

    [Theory]
    [InlineData(199, MarketoTransportFailure.HttpError)]
    [InlineData(200, MarketoTransportFailure.InvalidResponse)]
    [InlineData(299, MarketoTransportFailure.InvalidResponse)]
    [InlineData(400, MarketoTransportFailure.HttpError)]
    [InlineData(503, MarketoTransportFailure.HttpError)]
    public void Translate_UnreadableHtmlAnswer_IsAnHttpErrorOnlyOutsideTheSuccessRange(int status, MarketoTransportFailure expected)
    {
        var failure = Translate(new CommunicationException("unexpected content type"), status, "text/html");

        Assert.Equal(expected, failure.Failure);
        Assert.Equal(status, failure.HttpStatusCode);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(200)]
    public void Translate_UnreadableXmlAnswerOfAnyStatus_IsAnInvalidResponseNotAnErrorPage(int status)
    {
        // A text/xml body of any status is meant as SOAP: failing to read it is an unreadable answer.
        var failure = Translate(new CommunicationException("unexpected element"), status, "text/xml");

        Assert.Equal(MarketoTransportFailure.InvalidResponse, failure.Failure);
    }

    [Fact]
    public void Translate_NoStatusAndNoIoError_IsAConnectionFailure()
    {
        // No answer arrived at all, whatever WCF called it.
        var failure = Translate(new CommunicationException("the channel faulted"), status: null, mediaType: null);

        Assert.Equal(MarketoTransportFailure.ConnectionFailed, failure.Failure);
        Assert.Contains("may have received the request", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_StatusArrivedThenTheConnectionDropped_IsAConnectionFailure()
    {
        // The status line came, then the body was cut: an I/O error while WCF read it.
        var dropped = new CommunicationException("reading failed", new IOException("connection reset by peer"));

        var failure = Translate(dropped, status: 200, mediaType: "text/xml");

        Assert.Equal(MarketoTransportFailure.ConnectionFailed, failure.Failure);
        Assert.Equal(200, failure.HttpStatusCode);
        Assert.Contains("connection reset by peer", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_HttpRequestExceptionAfterAStatus_IsAConnectionFailure()
    {
        var failure = Translate(new CommunicationException("send failed", new HttpRequestException("response ended prematurely")), status: 200, mediaType: "text/xml");

        Assert.Equal(MarketoTransportFailure.ConnectionFailed, failure.Failure);
    }

    [Fact]
    public void Translate_TimeoutWithoutAnAnswer_IsATimeoutNamingTheLimitAndAttempt()
    {
        var failure = Translate(new TimeoutException("timed out"), status: null, mediaType: null, attempt: 3);

        Assert.Equal(MarketoTransportFailure.Timeout, failure.Failure);
        Assert.Contains("100 s", failure.Message, StringComparison.Ordinal);
        Assert.Contains("attempt 3", failure.Message, StringComparison.Ordinal);
        Assert.Contains(Operation, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_TimeoutRaisedForAGatewayPage_IsAnHttpError()
    {
        var failure = Translate(new TimeoutException("gateway"), status: 504, mediaType: "text/html");

        Assert.Equal(MarketoTransportFailure.HttpError, failure.Failure);
        Assert.Contains("HTTP 504", failure.Message, StringComparison.Ordinal);
        Assert.Contains("text/html", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_RedirectStatus_IsARedirectNamingOnlyTheTargetsOrigin()
    {
        var exchange = Exchange(302, "text/html");
        exchange.RedirectLocation = new Uri("https://elsewhere.example/soap?token=secret");

        var failure = Assert.IsType<MarketoRedirectException>(Translator.Translate(new CommunicationException("302"), exchange, Operation, 1));

        Assert.Equal("https://elsewhere.example", failure.TargetOrigin);
        Assert.Contains("a redirect to https://elsewhere.example.", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", failure.Message, StringComparison.Ordinal);
        Assert.Equal(302, failure.HttpStatusCode);
    }

    [Fact]
    public void Translate_ConnectionRefused_SaysNothingWasSentAndMarksTheRequestNotSent()
    {
        var refused = new CommunicationException(
            "could not connect",
            new HttpRequestException(HttpRequestError.ConnectionError, "refused", new SocketException((int)SocketError.ConnectionRefused)));

        var failure = Translate(refused, status: null, mediaType: null);

        Assert.True(failure.RequestNotSent);
        Assert.Contains("the connection was refused", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Nothing was sent.", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("may have received", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_Status300_IsARedirectLikeTheRestOfThe3xxRange()
    {
        var failure = Assert.IsType<MarketoRedirectException>(Translator.Translate(new CommunicationException("300"), Exchange(300, "text/html"), Operation, 1));

        Assert.Equal(300, failure.HttpStatusCode);
    }

    [Fact]
    public void Translate_RedirectWithoutALocation_SaysSoInsteadOfATarget()
    {
        var failure = Assert.IsType<MarketoRedirectException>(Translator.Translate(new CommunicationException("301"), Exchange(301, "text/html"), Operation, 1));

        Assert.Null(failure.TargetOrigin);
        Assert.Contains("a redirect to no Location", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_UnreadableXml_QuotesTheXmlReadersOwnWordsFromDeepInTheChain()
    {
        // WCF wraps the reader's complaint; the message quotes that inner complaint, not the wrapper.
        var unreadable = new CommunicationException("wrapper text", new InvalidOperationException("outer", new System.Xml.XmlException("Unexpected end of file while parsing Name has occurred. Line 3, position 17.")));

        var failure = Translate(unreadable, status: 200, mediaType: "text/xml");

        Assert.Equal(MarketoTransportFailure.InvalidResponse, failure.Failure);
        Assert.Contains("expected shape: Unexpected end of file while parsing Name has occurred. Line 3, position 17. RawExchange", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrapper text", failure.Message, StringComparison.Ordinal);
    }

    private static MarketoTransportException Translate(Exception exception, int? status, string? mediaType, int attempt = 1) =>
        Assert.IsType<MarketoTransportException>(Translator.Translate(exception, Exchange(status, mediaType), Operation, attempt), exactMatch: false);

    private static HttpExchange Exchange(int? status, string? mediaType)
    {
        using var exchange = HttpExchange.Begin(CancellationToken.None);
        exchange.StatusCode = status;
        exchange.MediaType = mediaType;
        return exchange;
    }
}
