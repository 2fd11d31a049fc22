using System.Xml.Linq;
using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests;

/// <summary>Operations the WSDL declares but the emulator does not serve yet are refused with 20019, naming the operation.</summary>
public class UnservedOperationTests
{
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    [Fact]
    public async Task DeclaredOperationNotServed_FailsWith20019NamingIt()
    {
        var clock = TestClock.Create();
        await using var emulator = await TestEmulator.StartAsync(clock);

        var answer = await emulator.PostAsync(new XElement(Wire.Mktows + "paramsGetTags"), clock);

        answer.AssertMarketoFault(20019);
        Assert.Contains("does not serve getTags", answer.FaultMessage, StringComparison.Ordinal);
        Assert.Empty(Assert.Single(emulator.Exchanges).Warnings);
    }

    [Fact]
    public async Task DeclaredOperationNotServed_UnsignedRequest_FailsWith20019BeforeAuthentication()
    {
        var clock = TestClock.Create();
        await using var emulator = await TestEmulator.StartAsync(clock);
        var envelope = RequestSigner.Envelope(
            RequestSigner.Header(emulator.UserId, "not-the-key", RequestSigner.Timestamp(clock.GetUtcNow())),
            new XElement(Wire.Mktows + "paramsGetTags"));

        var answer = await emulator.PostXmlAsync(envelope.ToString());

        answer.AssertMarketoFault(20019);
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
