using Marketo.Soap.Models;
using Marketo.Soap.Operations;
using Proxy = Marketo.Soap.Generated;

namespace Marketo.Soap.Tests.Operations;

public class LeadRecordMappingTests
{
    [Fact]
    public void FromProxy_LeadWithTypedAttributes_KeepsKeysNamesTypesAndValuesInOrder()
    {
        var read = LeadRecordMapping.FromProxy(new Proxy.LeadRecord
        {
            Id = 12,
            Email = "ada@example.com",
            ForeignSysPersonId = "003A",
            ForeignSysType = Proxy.ForeignSysType.SFDC,
            leadAttributeList =
            [
                new Proxy.Attribute { attrName = "Lead_Score__c", attrType = "integer", attrValue = "42" },
                new Proxy.Attribute { attrName = "Company", attrType = "string", attrValue = "Analytical" },
            ],
        });

        Assert.Equal((12, "ada@example.com", "003A", ForeignSystemType.Sfdc), (read.Id, read.Email, read.ForeignSysPersonId, read.ForeignSysType));
        Assert.Equal(
            [new LeadAttribute("Lead_Score__c", "42") { Type = "integer" }, new LeadAttribute("Company", "Analytical") { Type = "string" }],
            read.Attributes);
    }

    [Fact]
    public void FromProxy_LeadWithNilAttributeList_HasNoAttributes()
    {
        var read = LeadRecordMapping.FromProxy(new Proxy.LeadRecord { Id = 1, leadAttributeList = null });

        Assert.Empty(read.Attributes);
    }

    [Fact]
    public void ToProxy_AttributeWithType_SendsTheType()
    {
        var sent = LeadRecordMapping.ToProxy(new LeadRecord { Id = 1, Attributes = [new("Lead_Score__c", "42") { Type = "integer" }] });

        Assert.Equal("integer", Assert.Single(sent.leadAttributeList).attrType);
    }
}
