using System.Xml.Linq;
using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests;

/// <summary>Requests are held to the WSDL's schema: strict mode refuses what it does not declare, lenient mode ignores it as Marketo did.</summary>
public class SchemaValidationTests
{
    [Theory]
    [InlineData("syncMultipleLeads.request.email-keys.xml")]
    [InlineData("syncMObjects.request.program-cost-update.xml")]
    public async Task RecordedRequest_StrictMode_PassesValidation(string fixture)
    {
        var clock = TestClock.Create();
        await using var emulator = await TestEmulator.StartAsync(clock);
        emulator.Store.AddProgram(new StoredProgram { Id = 1970, Costs = [new StoredProgramCost { Id = 153, Month = new DateOnly(2013, 5, 1), Amount = 10 }] });

        var answer = await emulator.PostFixtureAsync(Fixtures.ReadRecorded(fixture), clock);

        answer.AssertSuccess();
        Assert.Empty(emulator.Warnings);
    }

    [Fact]
    public async Task LowercaseId_StrictMode_FailsWith20012NamingTheElementAndWritesNothing()
    {
        var clock = TestClock.Create();
        await using var emulator = await TestEmulator.StartAsync(clock);
        emulator.Store.AddLead(new StoredLead { Id = 1090240, Email = "em1000@etestd.marketo.net" });

        var answer = await emulator.PostFixtureAsync(Fixtures.Read("syncMultipleLeads.request.lowercase-id.xml"), clock);

        answer.AssertMarketoFault(20012);
        Assert.Contains("'id'", answer.FaultMessage);
        Assert.Contains("/leadRecord/id", answer.FaultMessage);
        Assert.Single(emulator.Store.Leads);
    }

    [Fact]
    public async Task LowercaseId_LenientMode_IgnoresItAndCreatesADuplicateAsMarketoDid()
    {
        var clock = TestClock.Create();
        await using var emulator = await TestEmulator.StartAsync(clock, o => o.Strict = false);
        emulator.Store.AddLead(new StoredLead { Id = 1090240, Email = "em1000@etestd.marketo.net" });

        var answer = await emulator.PostFixtureAsync(Fixtures.Read("syncMultipleLeads.request.lowercase-id.xml"), clock);

        answer.AssertSuccess();
        var status = Assert.Single(answer.LeadStatuses);
        Assert.Equal("CREATED", status.Status);
        Assert.NotEqual(1090240, status.LeadId);
        Assert.Equal("em1000@etestd.marketo.net", emulator.Store.FindLead(1090240)!.Email);
    }

    [Fact]
    public async Task LowercaseId_LenientMode_RecordsAWarningNamingTheElement()
    {
        var clock = TestClock.Create();
        await using var emulator = await TestEmulator.StartAsync(clock, o => o.Strict = false);

        await emulator.PostFixtureAsync(Fixtures.Read("syncMultipleLeads.request.lowercase-id.xml"), clock);

        var warning = Assert.Single(emulator.Warnings);
        Assert.Contains("'id'", warning);
        Assert.Equal(emulator.Warnings, Assert.Single(emulator.Exchanges).Warnings);
    }

    [Fact]
    public async Task MObjAssociationList_StrictMode_FailsWith20012AndCreatesNothing()
    {
        var clock = TestClock.Create();
        await using var emulator = await TestEmulator.StartAsync(clock);

        var answer = await emulator.PostFixtureAsync(Fixtures.Read("syncMObjects.request.mobjassociationlist.xml"), clock);

        answer.AssertMarketoFault(20012);
        Assert.Contains("mObjAssociationList", answer.FaultMessage);
        Assert.Empty(emulator.Store.Opportunities);
    }

    [Fact]
    public async Task MObjAssociationList_LenientMode_CreatesTheOpportunityWithoutItsCompanyAndWarns()
    {
        var clock = TestClock.Create();
        await using var emulator = await TestEmulator.StartAsync(clock, o => o.Strict = false);

        var answer = await emulator.PostFixtureAsync(Fixtures.Read("syncMObjects.request.mobjassociationlist.xml"), clock);

        answer.AssertSuccess();
        var opportunity = Assert.Single(emulator.Store.Opportunities);
        Assert.Equal("Q1 2014", opportunity.Attributes["Name"]);
        Assert.Null(opportunity.CompanyId);
        Assert.Contains("mObjAssociationList", Assert.Single(emulator.Warnings));
    }

    [Fact]
    public async Task QualifiedChildElement_StrictMode_FailsWith20012()
    {
        var clock = TestClock.Create();
        await using var emulator = await TestEmulator.StartAsync(clock);
        var body = Wire.SyncMultipleLeads(new XElement("leadRecord", new XElement(Wire.Mktows + "Email", "a@example.com")));

        var answer = await emulator.PostAsync(body, clock);

        answer.AssertMarketoFault(20012);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ElementsOutOfSchemaOrder_EitherMode_FailWith20012(bool strict)
    {
        var clock = TestClock.Create();
        await using var emulator = await TestEmulator.StartAsync(clock, o => o.Strict = strict);
        var body = Wire.SyncMultipleLeads(new XElement("leadRecord", new XElement("Email", "a@example.com"), new XElement("Id", 1)));

        var answer = await emulator.PostAsync(body, clock);

        answer.AssertMarketoFault(20012);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ValueOfTheWrongType_EitherMode_FailsWith20012(bool strict)
    {
        var clock = TestClock.Create();
        await using var emulator = await TestEmulator.StartAsync(clock, o => o.Strict = strict);
        var body = Wire.SyncMultipleLeads(new XElement("leadRecord", new XElement("Id", "not-a-number")));

        var answer = await emulator.PostAsync(body, clock);

        answer.AssertMarketoFault(20012);
    }

    [Fact]
    public async Task MissingRequiredElement_FailsWith20012()
    {
        var clock = TestClock.Create();
        await using var emulator = await TestEmulator.StartAsync(clock);
        var body = new XElement(Wire.Mktows + "paramsSyncMObjects", new XElement("mObjectList"));

        var answer = await emulator.PostAsync(body, clock);

        answer.AssertMarketoFault(20012);
    }

    [Fact]
    public async Task UndeclaredAuthenticationHeaderElement_StrictMode_FailsWith20012()
    {
        var clock = TestClock.Create();
        await using var emulator = await TestEmulator.StartAsync(clock);
        var timestamp = RequestSigner.Timestamp(clock.GetUtcNow());
        var header = RequestSigner.Header(emulator.UserId, emulator.EncryptionKey, timestamp);
        header.Add(new XElement("partnerId", "launchpoint"));
        var body = Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com"));

        var answer = await emulator.PostXmlAsync(RequestSigner.Envelope(header, body).ToString(), EmulatorHttp.SoapActionOf(body));

        answer.AssertMarketoFault(20012);
        Assert.Contains("partnerId", answer.FaultMessage);
    }

    [Fact]
    public async Task UndeclaredAuthenticationHeaderElement_LenientMode_IsIgnoredWithAWarning()
    {
        var clock = TestClock.Create();
        await using var emulator = await TestEmulator.StartAsync(clock, o => o.Strict = false);
        var timestamp = RequestSigner.Timestamp(clock.GetUtcNow());
        var header = RequestSigner.Header(emulator.UserId, emulator.EncryptionKey, timestamp);
        header.Add(new XElement("partnerId", "launchpoint"));
        var body = Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com"));

        var answer = await emulator.PostXmlAsync(RequestSigner.Envelope(header, body).ToString(), EmulatorHttp.SoapActionOf(body));

        answer.AssertSuccess();
        Assert.Contains("partnerId", Assert.Single(emulator.Warnings));
    }

    [Fact]
    public async Task NotXml_FailsWith20012()
    {
        await using var emulator = await TestEmulator.StartAsync(TestClock.Create());

        var answer = await emulator.PostXmlAsync("this is not XML");

        answer.AssertMarketoFault(20012);
    }

    [Fact]
    public async Task Soap12Envelope_FailsWithVersionMismatch()
    {
        await using var emulator = await TestEmulator.StartAsync(TestClock.Create());
        var envelope = new XElement(XNamespace.Get("http://www.w3.org/2003/05/soap-envelope") + "Envelope");

        var answer = await emulator.PostXmlAsync(envelope.ToString());

        Assert.Equal(500, answer.Status);
        Assert.EndsWith(":VersionMismatch", answer.Xml.Descendants("faultcode").Single().Value);
    }

    [Fact]
    public async Task BodyOfAnOperationNotInTheWsdl_FailsWith20019()
    {
        var clock = TestClock.Create();
        await using var emulator = await TestEmulator.StartAsync(clock);
        // mktows 2_3 has no deleteLeads operation (its 23 are all in the WSDL).
        var body = new XElement(Wire.Mktows + "paramsDeleteLeads", new XElement("leadKey"));

        var answer = await emulator.PostAsync(body, clock);

        answer.AssertMarketoFault(20019);
    }

    [Fact]
    public async Task SoapActionOfAnotherOperation_StrictMode_FailsWith20012()
    {
        var clock = TestClock.Create();
        await using var emulator = await TestEmulator.StartAsync(clock);
        var body = Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com"));
        var envelope = RequestSigner.Envelope(RequestSigner.Header(emulator.UserId, emulator.EncryptionKey, RequestSigner.Timestamp(clock.GetUtcNow())), body);

        var answer = await emulator.PostXmlAsync(envelope.ToString(), "http://www.marketo.com/mktows/syncMObjects");

        answer.AssertMarketoFault(20012);
    }

    [Fact]
    public async Task NoSoapAction_IsAccepted()
    {
        var clock = TestClock.Create();
        await using var emulator = await TestEmulator.StartAsync(clock);
        var body = Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com"));
        var envelope = RequestSigner.Envelope(RequestSigner.Header(emulator.UserId, emulator.EncryptionKey, RequestSigner.Timestamp(clock.GetUtcNow())), body);

        var answer = await emulator.PostXmlAsync(envelope.ToString(), soapAction: null);

        answer.AssertSuccess();
    }

    [Fact]
    public async Task UnknownHeaderWithMustUnderstand_FailsWithMustUnderstand()
    {
        var clock = TestClock.Create();
        await using var emulator = await TestEmulator.StartAsync(clock, o => o.Strict = false);
        var body = Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com"));
        var envelope = RequestSigner.Envelope(RequestSigner.Header(emulator.UserId, emulator.EncryptionKey, RequestSigner.Timestamp(clock.GetUtcNow())), body);
        XNamespace soap = "http://schemas.xmlsoap.org/soap/envelope/";
        envelope.Root!.Element(soap + "Header")!.Add(new XElement(Wire.Mktows + "MktowsContextHeader", new XAttribute(soap + "mustUnderstand", "1")));

        var answer = await emulator.PostXmlAsync(envelope.ToString(), EmulatorHttp.SoapActionOf(body));

        Assert.Equal(500, answer.Status);
        Assert.EndsWith(":MustUnderstand", answer.Xml.Descendants("faultcode").Single().Value);
    }
}
