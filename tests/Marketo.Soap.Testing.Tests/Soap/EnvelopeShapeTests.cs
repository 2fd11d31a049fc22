using System.Xml.Linq;
using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests.Soap;

/// <summary>Envelopes of the wrong shape, and header blocks the operation does not bind.</summary>
public class EnvelopeShapeTests
{
    private static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";
    private static readonly XElement OneLead = Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com"));
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    [Fact]
    public async Task RootThatIsNoEnvelope_FailsWith20012NamingIt()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);

        var answer = await emulator.PostXmlAsync("<request><body/></request>");

        answer.AssertMarketoFault(20012);
        Assert.Contains("the root element is request", answer.FaultMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BodyWithTwoElements_FailsWith20012AndWritesNothing()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var envelope = Signed(emulator, OneLead);
        envelope.Root!.Element(Soap + "Body")!.Add(Wire.SyncMultipleLeads(Wire.Lead(email: "b@example.com")));

        var answer = await emulator.PostXmlAsync(envelope.ToString());

        answer.AssertMarketoFault(20012);
        Assert.Contains("exactly one element", answer.FaultMessage, StringComparison.Ordinal);
        Assert.Empty(emulator.Store.Leads);
    }

    [Fact]
    public async Task TwoAuthenticationHeaders_FailWith20012()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var envelope = Signed(emulator, OneLead);
        var header = envelope.Root!.Element(Soap + "Header")!;
        header.Add(new XElement(header.Elements().Single()));

        var answer = await emulator.PostXmlAsync(envelope.ToString());

        answer.AssertMarketoFault(20012);
        Assert.Contains("more than one AuthenticationHeader header", answer.FaultMessage, StringComparison.Ordinal);
        Assert.Empty(emulator.Store.Leads);
    }

    [Fact]
    public async Task UndeclaredHeaderBlock_StrictMode_FailsWith20012NamingIt()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);

        var answer = await emulator.PostXmlAsync(WithTraceHeader(emulator).ToString());

        answer.AssertMarketoFault(20012);
        Assert.Contains("header {urn:trace}Trace is not declared for syncMultipleLeads", answer.FaultMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UndeclaredHeaderBlock_LenientMode_IsIgnoredWithAWarning()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock, o => o.Strict = false);

        var answer = await emulator.PostXmlAsync(WithTraceHeader(emulator).ToString());

        answer.AssertSuccess();
        Assert.Equal(["Ignored header {urn:trace}Trace is not declared for syncMultipleLeads"], emulator.Warnings);
    }

    private XDocument Signed(MarketoSoapEmulator emulator, XElement body) =>
        RequestSigner.Envelope(RequestSigner.Header(emulator.UserId, emulator.EncryptionKey, RequestSigner.Timestamp(_clock.GetUtcNow())), body);

    private XDocument WithTraceHeader(MarketoSoapEmulator emulator)
    {
        var envelope = Signed(emulator, OneLead);
        envelope.Root!.Element(Soap + "Header")!.Add(new XElement(XName.Get("Trace", "urn:trace"), "abc"));
        return envelope;
    }
}
