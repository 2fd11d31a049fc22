using System.Xml.Linq;
using Marketo.Soap.Testing.Contract;
using Marketo.Soap.Testing.Soap;
using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests;

/// <summary>The emulator serves every operation its WSDL declares, and refuses a body of no operation.</summary>
public class ServedOperationsTests
{
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    [Fact]
    public void EveryOperationTheWsdlDeclares_HasAHandler()
    {
        var declared = WsdlContract.Instance.Operations.Select(o => o.Name).Order(StringComparer.Ordinal).ToList();

        var served = SoapEndpoint.Handlers(new MarketoEmulatorStore(), new MarketoSoapEmulatorOptions()).Keys.Order(StringComparer.Ordinal).ToList();

        Assert.Equal(23, declared.Count);
        Assert.Equal(declared, served);
    }

    [Fact]
    public async Task BodyOfNoDeclaredOperation_FailsWith20019NamingItsElement()
    {
        var clock = TestClock.Create();
        await using var emulator = await TestEmulator.StartAsync(clock);

        var answer = await emulator.PostAsync(new XElement(Wire.Mktows + "paramsGetEverything"), clock);

        answer.AssertMarketoFault(20019);
        Assert.Contains("paramsGetEverything", answer.FaultMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetMultipleLeadsWithASelectorNamedByXsiType_IsServedNotRefusedAsASchemaError()
    {
        var clock = TestClock.Create();
        await using var emulator = await TestEmulator.StartAsync(clock);
        var body = new XElement(
            Wire.Mktows + "paramsGetMultipleLeads",
            new XElement(
                "leadSelector",
                new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
                new XAttribute(Xsi + "type", "ns1:LeadKeySelector"),
                new XElement("keyType", "EMAIL"),
                new XElement("keyValues", new XElement("stringItem", "a@example.com"))));

        var answer = await emulator.PostAsync(body, clock);

        answer.AssertSuccess();
        Assert.Equal("0", answer.Xml.Descendants("returnCount").Single().Value);
    }

    [Fact]
    public async Task GetMultipleLeadsWithASelectorWithoutXsiType_FailsWith20012()
    {
        var clock = TestClock.Create();
        await using var emulator = await TestEmulator.StartAsync(clock);
        var body = new XElement(
            Wire.Mktows + "paramsGetMultipleLeads",
            new XElement("leadSelector", new XElement("keyType", "EMAIL"), new XElement("keyValues", new XElement("stringItem", "a@example.com"))));

        var answer = await emulator.PostAsync(body, clock);

        answer.AssertMarketoFault(20012);
    }

    [Fact]
    public async Task SyncLeadWithItsWorkspaceHeader_IsServedNotRefusedAsAHeaderError()
    {
        var clock = TestClock.Create();
        await using var emulator = await TestEmulator.StartAsync(clock);
        var body = new XElement(
            Wire.Mktows + "paramsSyncLead",
            new XElement("leadRecord", new XElement("Email", "a@example.com")),
            new XElement("returnLead", "false"));
        var envelope = RequestSigner.Envelope(RequestSigner.Header(emulator.UserId, emulator.EncryptionKey, RequestSigner.Timestamp(clock.GetUtcNow())), body);
        envelope.Descendants(XName.Get("Header", "http://schemas.xmlsoap.org/soap/envelope/")).Single()
            .Add(new XElement(Wire.Mktows + "MktowsContextHeader", new XElement("targetWorkspace", "default")));

        var answer = await emulator.PostXmlAsync(envelope.ToString(), "http://www.marketo.com/mktows/syncLead");

        answer.AssertSuccess();
        Assert.Equal("CREATED", answer.Xml.Descendants("status").Single().Value);
    }
}
