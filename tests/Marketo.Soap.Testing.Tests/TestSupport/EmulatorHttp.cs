using System.Text;
using System.Xml.Linq;

namespace Marketo.Soap.Testing.Tests.TestSupport;

/// <summary>Talks to an emulator over real HTTP, independently of the client under test.</summary>
internal static class EmulatorHttp
{
    public static readonly HttpClient Http = new();

    /// <summary>Signs <paramref name="body"/> for the emulator at the clock's time and posts it with its operation's SOAPAction.</summary>
    public static Task<SoapAnswer> PostAsync(this MarketoSoapEmulator emulator, XElement body, TimeProvider clock)
    {
        var timestamp = RequestSigner.Timestamp(clock.GetUtcNow());
        var envelope = RequestSigner.Envelope(RequestSigner.Header(emulator.UserId, emulator.EncryptionKey, timestamp), body);
        return emulator.PostXmlAsync(envelope.ToString(), SoapActionOf(body));
    }

    /// <summary>Posts a fixture request after signing it afresh for the emulator at the clock's time.</summary>
    public static Task<SoapAnswer> PostFixtureAsync(this MarketoSoapEmulator emulator, string requestXml, TimeProvider clock)
    {
        var signed = RequestSigner.Resign(requestXml, emulator.UserId, emulator.EncryptionKey, RequestSigner.Timestamp(clock.GetUtcNow()));
        return emulator.PostXmlAsync(signed, SoapActionOf(XDocument.Parse(signed).Descendants().First(e => e.Name.LocalName == "Body").Elements().First()));
    }

    /// <summary>Posts XML exactly as given.</summary>
    public static async Task<SoapAnswer> PostXmlAsync(this MarketoSoapEmulator emulator, string xml, string? soapAction = null, string contentType = "text/xml")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, emulator.Endpoint)
        {
            Content = new StringContent(xml, Encoding.UTF8, contentType),
        };
        if (soapAction is not null)
        {
            request.Headers.Add("SOAPAction", $"\"{soapAction}\"");
        }

        using var response = await Http.SendAsync(request);
        return new SoapAnswer((int)response.StatusCode, response.Content.Headers.ContentType?.ToString(), await response.Content.ReadAsStringAsync());
    }

    /// <summary>The soapAction of the operation whose request element is <paramref name="body"/>: <c>paramsSyncMObjects</c> → <c>…/syncMObjects</c>.</summary>
    public static string SoapActionOf(XElement body)
    {
        var name = body.Name.LocalName["params".Length..];
        return Wire.Mktows.NamespaceName + char.ToLowerInvariant(name[0]) + name[1..];
    }
}
