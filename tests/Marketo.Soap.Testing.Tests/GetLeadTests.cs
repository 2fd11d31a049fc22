using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests;

/// <summary>getLead semantics (operations facts §3.1), over HTTP.</summary>
public class GetLeadTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    [Fact]
    public async Task ByEmail_TwoLeadsShareIt_ReturnsBothHighestIdFirst()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Store.AddLead(new StoredLead { Id = 7, Email = "foo@example.com" });
        emulator.Store.AddLead(new StoredLead { Id = 9, Email = "Foo@Example.com" });

        var answer = await emulator.PostAsync(Wire.GetLead("EMAIL", "foo@example.com"), _clock);

        answer.AssertSuccess();
        Assert.Equal("2", answer.Xml.Descendants("count").Single().Value);
        Assert.Equal(["9", "7"], answer.Xml.Descendants("leadRecord").Select(r => r.Element("Id")!.Value));
        Assert.Empty(WsdlSchema.ValidateBody(answer.Xml));
    }

    [Fact]
    public async Task ById_WritesTypedAttributesByNameAndNilForeignIds()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Store.AddLeadField("Score__c", "integer");
        var lead = emulator.Store.AddLead(new StoredLead
        {
            Email = "a@example.com",
            Attributes = new Dictionary<string, string> { ["Website"] = "example.com", ["Company"] = "Acme", ["Score__c"] = "5", ["Title"] = string.Empty },
        });

        var answer = await emulator.PostAsync(Wire.GetLead("IDNUM", lead.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), _clock);

        var record = answer.Xml.Descendants("leadRecord").Single();
        Assert.Equal("true", (string?)record.Element("ForeignSysPersonId")!.Attribute(Wire.Xsi + "nil"));
        Assert.Equal("true", (string?)record.Element("ForeignSysType")!.Attribute(Wire.Xsi + "nil"));
        Assert.Equal(
            [("Company", "string", "Acme"), ("Score__c", "integer", "5"), ("Website", "url", "example.com")],
            record.Descendants("attribute").Select(a => (a.Element("attrName")!.Value, a.Element("attrType")!.Value, a.Element("attrValue")!.Value)));
    }

    [Fact]
    public async Task BySfdcLeadId_FindsTheLeadHoldingThatSfdcForeignId()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var lead = emulator.Store.AddLead(new StoredLead { Email = "a@example.com", ForeignPersonIds = [new ForeignPersonId("SFDC", "00Q1")] });

        var answer = await emulator.PostAsync(Wire.GetLead("SFDCLEADID", "00Q1"), _clock);

        Assert.Equal(lead.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), answer.Xml.Descendants("Id").Single().Value);
        Assert.Equal("SFDC", answer.Xml.Descendants("ForeignSysType").Single().Value);
    }

    [Fact]
    public async Task NoMatch_FailsWith20103NamingTheKey()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);

        var answer = await emulator.PostAsync(Wire.GetLead("EMAIL", "pants@example.com"), _clock);

        answer.AssertMarketoFault(20103);
        Assert.Equal("No lead found with EMAIL = pants@example.com (20103)", answer.FaultMessage);
        Assert.Equal("20103 - Lead not found", answer.Xml.Descendants("faultstring").Single().Value);
    }

    [Fact]
    public async Task IdNumNotANumber_FailsWith20102()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);

        var answer = await emulator.PostAsync(Wire.GetLead("IDNUM", "abc"), _clock);

        answer.AssertMarketoFault(20102);
    }
}
