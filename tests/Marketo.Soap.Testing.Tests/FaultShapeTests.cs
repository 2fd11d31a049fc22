using System.Xml.Linq;
using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests;

/// <summary>Faults come in the shape of Marketo's captured ones (contract facts §5.1).</summary>
public class FaultShapeTests
{
    private static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";

    [Fact]
    public async Task Fault_IsHttp500WithTextXml()
    {
        var (answer, _) = await AuthenticationFaultAsync();

        Assert.Equal(500, answer.Status);
        Assert.Equal("text/xml; charset=utf-8", answer.ContentType);
    }

    [Fact]
    public async Task Fault_FaultcodeIsTheSoap11ClientCode()
    {
        var (answer, _) = await AuthenticationFaultAsync();

        var faultcode = Fault(answer).Element("faultcode")!;
        var parts = faultcode.Value.Split(':');
        Assert.Equal(Soap, faultcode.GetNamespaceOfPrefix(parts[0]));
        Assert.Equal("Client", parts[1]);
    }

    [Fact]
    public async Task Fault_FaultstringIsCodeDashShortText()
    {
        var (answer, _) = await AuthenticationFaultAsync();

        Assert.Equal("20014 - Authentication failed", Fault(answer).Element("faultstring")!.Value);
    }

    [Fact]
    public async Task Fault_DetailHoldsOneServiceExceptionThatDeclaresItsOwnPrefix()
    {
        var (answer, _) = await AuthenticationFaultAsync();

        var serviceException = Assert.Single(Fault(answer).Element("detail")!.Elements());
        Assert.Equal(Wire.Mktows + "serviceException", serviceException.Name);
        var declaration = Assert.Single(serviceException.Attributes(), a => a.IsNamespaceDeclaration);
        Assert.Equal(Wire.Mktows.NamespaceName, declaration.Value);
        Assert.Null(answer.Xml.Root!.Attributes().FirstOrDefault(a => a.Value == Wire.Mktows.NamespaceName));
    }

    [Fact]
    public async Task Fault_ServiceExceptionHasUnqualifiedNameMessageCode()
    {
        var (answer, _) = await AuthenticationFaultAsync();

        var children = Fault(answer).Element("detail")!.Elements().Single().Elements().ToList();
        Assert.Equal(["name", "message", "code"], children.Select(c => c.Name.ToString()));
        Assert.Equal("mktServiceException", children[0].Value);
        Assert.EndsWith(" (20014)", children[1].Value);
        Assert.Equal("20014", children[2].Value);
    }

    [Theory]
    [InlineData(10001, "Server")]
    [InlineData(20011, "Server")]
    [InlineData(20023, "Client")]
    [InlineData(20024, "Client")]
    public async Task InjectedFault_FaultcodeFollowsTheCode(int code, string expected)
    {
        var clock = TestClock.Create();
        await using var emulator = await TestEmulator.StartAsync(clock);
        emulator.Faults.Inject(InjectedFault.MarketoFault(code));

        var answer = await emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com")), clock);

        answer.AssertMarketoFault(code);
        Assert.Equal($"SOAP-ENV:{expected}", Fault(answer).Element("faultcode")!.Value);
    }

    [Fact]
    public async Task Fault_ValidatesAgainstTheWsdlsServiceExceptionElement()
    {
        var (answer, _) = await AuthenticationFaultAsync();

        var schemas = WsdlSchema.Load();
        var detail = new XDocument(new XElement(Fault(answer).Element("detail")!.Elements().Single()));
        var errors = new List<string>();
        System.Xml.Schema.Extensions.Validate(detail, schemas, (_, e) => errors.Add(e.Message));
        Assert.Empty(errors);
    }

    private static XElement Fault(SoapAnswer answer) => answer.Xml.Root!.Element(Soap + "Body")!.Element(Soap + "Fault")!;

    private static async Task<(SoapAnswer Answer, string UserId)> AuthenticationFaultAsync()
    {
        var clock = TestClock.Create();
        await using var emulator = await TestEmulator.StartAsync(clock, o => o.EncryptionKey = "right-key");
        var body = Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com"));
        var header = RequestSigner.Header(emulator.UserId, "wrong-key", RequestSigner.Timestamp(clock.GetUtcNow()));
        return (await emulator.PostXmlAsync(RequestSigner.Envelope(header, body).ToString(), EmulatorHttp.SoapActionOf(body)), emulator.UserId);
    }

    [Fact]
    public async Task Fault20110_ReadsInputError()
    {
        var clock = TestClock.Create();
        await using var emulator = await TestEmulator.StartAsync(clock, o => o.MaxLeadsPerCall = 1);

        var answer = await emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com"), Wire.Lead(email: "b@example.com")), clock);

        Assert.Equal("20110 - Input error", Fault(answer).Element("faultstring")!.Value);
    }

    [Fact]
    public async Task InjectedFaultWithCause_CarriesItAfterTheCode()
    {
        var clock = TestClock.Create();
        await using var emulator = await TestEmulator.StartAsync(clock);
        emulator.Faults.Inject(InjectedFault.MarketoFault(10001, "Parameter required", cause: string.Empty));

        var answer = await emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com")), clock);

        var exception = Fault(answer).Element("detail")!.Element(Wire.Mktows + "serviceException")!;
        Assert.Equal(["name", "message", "code", "cause"], exception.Elements().Select(e => e.Name.LocalName));
        Assert.Equal(string.Empty, exception.Element("cause")!.Value);
    }

    [Fact]
    public async Task Fault_WithoutCause_HasNoCauseElement()
    {
        var (answer, _) = await AuthenticationFaultAsync();

        Assert.Null(Fault(answer).Element("detail")!.Element(Wire.Mktows + "serviceException")!.Element("cause"));
    }
}
