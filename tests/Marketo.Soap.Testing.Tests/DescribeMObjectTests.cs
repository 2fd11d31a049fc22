using System.Xml.Linq;
using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests;

/// <summary>describeMObject and listMObjects (operations facts §6.3, §6.4), called over HTTP as PHP's SoapClient would, from the WSDL.</summary>
public class DescribeMObjectTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    [Fact]
    public async Task LeadRecord_ListsIdTheStandardFieldsAndTheDeclaredCustomFields()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Store.AddLeadField("Loyalty_Tier__c", "integer");
        emulator.Store.AddLeadFields("Nickname__c");
        var caller = await WsdlDrivenCaller.LoadAsync(emulator, _clock);

        var answer = await caller.CallAsync("describeMObject", new XElement("objectName", "LeadRecord"));

        answer.AssertSuccess();
        var fields = answer.Xml.Descendants("field").ToDictionary(f => f.Element("name")!.Value);
        Assert.Equal(emulator.Store.LeadFields.Count + 1, fields.Count);
        Assert.Subset(fields.Keys.ToHashSet(), emulator.Store.LeadFields.Append("Id").ToHashSet());
        Assert.Equal(("integer", "true", "true"), Of(fields["Id"], "dataType", "isPrimaryKey", "isReadonly"));
        Assert.Equal(("integer", "true", "false"), Of(fields["Loyalty_Tier__c"], "dataType", "isCustom", "isReadonly"));
        Assert.Equal(("string", "true", "255"), Of(fields["Nickname__c"], "dataType", "isCustom", "size"));
        Assert.Equal(("email", "false", "false"), Of(fields["Email"], "dataType", "isCustom", "isPrimaryKey"));
        var metadata = answer.Xml.Descendants("metadata").Single();
        Assert.Equal(("LeadRecord", "false", "false"), (metadata.Element("name")!.Value, metadata.Element("isCustom")!.Value, metadata.Element("isVirtual")!.Value));
        Assert.Empty(WsdlSchema.ValidateBody(answer.Xml));
    }

    [Fact]
    public async Task ActivityRecord_IsVirtualWithTheDocumentedFieldsAndSources()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var caller = await WsdlDrivenCaller.LoadAsync(emulator, _clock);

        var answer = await caller.CallAsync("describeMObject", new XElement("objectName", "ActivityRecord"));

        Assert.Equal("true", answer.Text("isVirtual"));
        Assert.Equal(
            [("id", "Event"), ("activityDateTime", "Event"), ("activityType", "Event"), ("mktgAssetName", "Event"), ("activityAttributes", "Event"), ("campaign", "Campaign"), ("personName", "Lead"), ("mktPersonId", "Lead"), ("foreignSysId", "Lead"), ("orgName", "Company"), ("foreignSysOrgId", "Company")],
            answer.Xml.Descendants("field").Select(f => (f.Element("name")!.Value, f.Element("sourceObject")!.Value)));
        Assert.Equal("true", (string?)answer.Xml.Descendants("field").ElementAt(1).Element("size")!.Attribute(Wire.Xsi + "nil"));
        Assert.Empty(WsdlSchema.ValidateBody(answer.Xml));
    }

    [Theory]
    [InlineData("Opportunity", "Stage")]
    [InlineData("OpportunityPersonRole", "PersonId")]
    public async Task OpportunityAndRole_AreDescribedWithTheirFields(string name, string oneField)
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var caller = await WsdlDrivenCaller.LoadAsync(emulator, _clock);

        var answer = await caller.CallAsync("describeMObject", new XElement("objectName", name));

        Assert.Contains(oneField, answer.Xml.Descendants("field").Select(f => f.Element("name")!.Value));
        Assert.Empty(WsdlSchema.ValidateBody(answer.Xml));
    }

    [Theory]
    [InlineData("Program")]
    [InlineData("Roadshow")]
    [InlineData("leadrecord")]
    public async Task UnknownNameProgramOrACustomObject_FailsWith20110(string name)
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var caller = await WsdlDrivenCaller.LoadAsync(emulator, _clock);

        var answer = await caller.CallAsync("describeMObject", new XElement("objectName", name));

        answer.AssertMarketoFault(20110);
    }

    [Fact]
    public async Task ListMObjects_NamesTheFourDescribableObjectsAsBareElements()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var caller = await WsdlDrivenCaller.LoadAsync(emulator, _clock);

        var answer = await caller.CallAsync("listMObjects");

        answer.AssertSuccess();
        var result = answer.Xml.Descendants("result").Single();
        Assert.Equal(["ActivityRecord", "LeadRecord", "Opportunity", "OpportunityPersonRole"], result.Elements("objects").Select(o => o.Value));
        Assert.Equal(result.Elements().Count(), result.Elements("objects").Count());
        Assert.Empty(WsdlSchema.ValidateBody(answer.Xml));
    }

    [Fact]
    public async Task EveryListedName_CanBeDescribed()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var caller = await WsdlDrivenCaller.LoadAsync(emulator, _clock);

        var names = (await caller.CallAsync("listMObjects")).Xml.Descendants("objects").Select(o => o.Value).ToList();

        foreach (var name in names)
        {
            (await caller.CallAsync("describeMObject", new XElement("objectName", name))).AssertSuccess();
        }
    }

    private static (string, string, string) Of(XElement field, string a, string b, string c) =>
        (field.Element(a)!.Value, field.Element(b)!.Value, field.Element(c)!.Value);
}
