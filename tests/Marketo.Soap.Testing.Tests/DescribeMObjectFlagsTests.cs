using System.Xml.Linq;
using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests;

/// <summary>describeMObject's flags and field order (operations facts §6.3): which objects are virtual, which fields read-only, custom lead fields by name.</summary>
public class DescribeMObjectFlagsTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    [Fact]
    public async Task ActivityRecord_EveryFieldIsReadOnlyAndUpdateBlocked()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);

        var fields = (await DescribeAsync(emulator, "ActivityRecord")).Descendants("field").ToList();

        Assert.NotEmpty(fields);
        Assert.All(fields, f => Assert.Equal(("true", "true"), (f.Element("isReadonly")!.Value, f.Element("isUpdateBlocked")!.Value)));
    }

    [Theory]
    [InlineData("Opportunity")]
    [InlineData("OpportunityPersonRole")]
    public async Task OpportunityAndRole_AreNotVirtual(string name)
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);

        var metadata = (await DescribeAsync(emulator, name)).Descendants("metadata").Single();

        Assert.Equal((name, "false"), (metadata.Element("name")!.Value, metadata.Element("isVirtual")!.Value));
    }

    [Fact]
    public async Task LeadRecord_CustomFieldsComeSortedByName_WhateverOrderTheyWereDeclaredIn()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Store.AddLeadFields("Zeta__c", "Alpha__c", "Mid__c");

        var custom = (await DescribeAsync(emulator, "LeadRecord")).Descendants("field")
            .Where(f => f.Element("isCustom")!.Value == "true")
            .Select(f => f.Element("name")!.Value)
            .ToList();

        Assert.Subset(custom.ToHashSet(), new HashSet<string> { "Zeta__c", "Alpha__c", "Mid__c" });
        Assert.Equal(custom.Order(StringComparer.Ordinal), custom);
    }

    private async Task<XDocument> DescribeAsync(MarketoSoapEmulator emulator, string name)
    {
        var answer = await emulator.PostAsync(new XElement(Wire.Mktows + "paramsDescribeMObject", new XElement("objectName", name)), _clock);
        answer.AssertSuccess();
        return answer.Xml;
    }
}
