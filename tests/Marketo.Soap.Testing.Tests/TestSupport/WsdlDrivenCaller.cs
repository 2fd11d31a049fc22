using System.Xml.Linq;

namespace Marketo.Soap.Testing.Tests.TestSupport;

/// <summary>
/// Calls the emulator as the seeds' PHP SoapClient recipe does: given only the endpoint, it reads
/// <c>endpoint?WSDL</c>, and for an operation name takes the address, the soapAction and the body
/// element from that WSDL, then posts a hand-written envelope with PHP's prefixes
/// (<c>SOAP-ENV</c>, <c>ns1</c>). Nothing of the client or of the emulator's code is used.
/// </summary>
internal sealed class WsdlDrivenCaller
{
    private static readonly XNamespace Wsdl = "http://schemas.xmlsoap.org/wsdl/";
    private static readonly XNamespace WsdlSoap = "http://schemas.xmlsoap.org/wsdl/soap/";

    private readonly MarketoSoapEmulator _emulator;
    private readonly TimeProvider _clock;
    private readonly XDocument _wsdl;

    private WsdlDrivenCaller(MarketoSoapEmulator emulator, TimeProvider clock, XDocument wsdl)
    {
        _emulator = emulator;
        _clock = clock;
        _wsdl = wsdl;
    }

    public static async Task<WsdlDrivenCaller> LoadAsync(MarketoSoapEmulator emulator, TimeProvider clock)
    {
        var wsdl = XDocument.Parse(await EmulatorHttp.Http.GetStringAsync(new Uri(emulator.Endpoint.AbsoluteUri + "?WSDL")));
        return new WsdlDrivenCaller(emulator, clock, wsdl);
    }

    /// <summary>Calls <paramref name="operation"/> with the given children of its request element, signed at the clock's time.</summary>
    public async Task<SoapAnswer> CallAsync(string operation, params object[] parameters)
    {
        var address = new Uri((string)_wsdl.Descendants(WsdlSoap + "address").Single().Attribute("location")!);
        var bound = _wsdl.Descendants(Wsdl + "binding").Elements(Wsdl + "operation").Single(o => (string?)o.Attribute("name") == operation);
        var soapAction = (string)bound.Element(WsdlSoap + "operation")!.Attribute("soapAction")!;
        var inputMessage = LocalName((string)_wsdl.Descendants(Wsdl + "portType").Elements(Wsdl + "operation")
            .Single(o => (string?)o.Attribute("name") == operation).Element(Wsdl + "input")!.Attribute("message")!);
        var part = _wsdl.Root!.Elements(Wsdl + "message").Single(m => (string?)m.Attribute("name") == inputMessage)
            .Elements(Wsdl + "part").Single();
        var bodyElement = Wire.Mktows + LocalName((string)part.Attribute("element")!);

        Assert.Equal(_emulator.Endpoint.AbsoluteUri, address.AbsoluteUri);
        var timestamp = RequestSigner.Timestamp(_clock.GetUtcNow());
        var envelope = RequestSigner.Envelope(RequestSigner.Header(_emulator.UserId, _emulator.EncryptionKey, timestamp), new XElement(bodyElement, parameters));
        return await _emulator.PostXmlAsync(envelope.ToString(), soapAction);
    }

    private static string LocalName(string qualifiedName) => qualifiedName[(qualifiedName.IndexOf(':', StringComparison.Ordinal) + 1)..];
}
