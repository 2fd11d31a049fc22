using System.ServiceModel.Channels;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Marketo.Soap.Telemetry;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests.Telemetry;

public class SoapTextRendererTests
{
    private static readonly XNamespace Mktows = "http://www.marketo.com/mktows/";
    private static readonly SecretRedactor Redactor = new(SeedCredentials.EncryptionKey);

    [Fact]
    public void Render_LeadRequest_KeepsElementNamesAndCountsAndRedactsRecordValues()
    {
        var rendered = Parse(new SoapTextRenderer(Redactor, recordValues: false).Render(FixtureMessage("syncMultipleLeads.request.email-keys.xml")));

        Assert.Equal(2, rendered.Descendants("leadRecord").Count());
        Assert.All(rendered.Descendants("Email"), email => Assert.Equal(SecretRedactor.Mark, email.Value));
        Assert.All(rendered.Descendants("attrValue"), value => Assert.Equal(SecretRedactor.Mark, value.Value));
        Assert.Equal(["Company", "Phone", "Company", "Phone"], rendered.Descendants("attrName").Select(n => n.Value));
    }

    [Fact]
    public void Render_CallerOptedInToRecordValues_ShowsThemButStillRedactsTheHeader()
    {
        var rendered = Parse(new SoapTextRenderer(Redactor, recordValues: true).Render(FixtureMessage("syncMultipleLeads.request.email-keys.xml")));

        Assert.Equal(["em1000@etestd.marketo.net", "em1001@etestd.marketo.net"], rendered.Descendants("Email").Select(e => e.Value));
        Assert.All(rendered.Descendants(Mktows + "AuthenticationHeader").Elements(), field => Assert.Equal(SecretRedactor.Mark, field.Value));
    }

    [Fact]
    public void Render_TenThousandNestedElements_StopsAtTheDepthLimitWithinTheCap()
    {
        var depth = 10_000;
        var body = new StringBuilder();
        body.Insert(0, "<n>", depth).Insert(body.Length, "</n>", depth);

        var text = new SoapTextRenderer(Redactor, recordValues: false).Render(EnvelopeMessage(body.ToString()));

        Assert.Contains("deeper elements omitted", text, StringComparison.Ordinal);
        Assert.True(text.Length <= SoapTextRenderer.MaxCharacters, $"{text.Length} characters");
    }

    [Fact]
    public void Render_AnswerFarLargerThanTheCap_IsCutAtTheCap()
    {
        var statuses = string.Concat(Enumerable.Repeat("<syncStatus><leadId>1</leadId><status>UPDATED</status></syncStatus>", 20_000));

        var text = new SoapTextRenderer(Redactor, recordValues: false).Render(EnvelopeMessage($"<m:successSyncMultipleLeads xmlns:m=\"{Mktows}\"><result><syncStatusList>{statuses}</syncStatusList></result></m:successSyncMultipleLeads>"));

        Assert.EndsWith($"(cut at {SoapTextRenderer.MaxCharacters} characters)", text, StringComparison.Ordinal);
        Assert.True(text.Length <= SoapTextRenderer.MaxCharacters + 64, $"{text.Length} characters");
    }

    [Fact]
    public void RenderAnswerStart_TruncatedXml_RendersWhatWasReadWithRecordValuesRedacted()
    {
        var bytes = Encoding.UTF8.GetBytes(Fixtures.Read("syncMObjects.response.truncated.xml"));

        var text = new SoapTextRenderer(Redactor, recordValues: false).RenderAnswerStart(bytes, "text/xml", 4096);

        Assert.Contains("externalKey", text, StringComparison.Ordinal);
        Assert.Contains("OppExtKey", text, StringComparison.Ordinal);
        Assert.DoesNotContain("OPP-SECRET-VALUE-1", text, StringComparison.Ordinal);
    }

    private static XElement Parse(string fragment) => XElement.Parse(fragment);

    private static Message FixtureMessage(string name) =>
        Message.CreateMessage(XmlReader.Create(new StringReader(Fixtures.Read(name))), int.MaxValue, MessageVersion.Soap11);

    private static Message EnvelopeMessage(string body)
    {
        var envelope = $"<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>{body}</s:Body></s:Envelope>";
        var reader = XmlDictionaryReader.CreateTextReader(Encoding.UTF8.GetBytes(envelope), XmlDictionaryReaderQuotas.Max);
        return Message.CreateMessage(reader, int.MaxValue, MessageVersion.Soap11);
    }
}
