using Marketo.Soap.Models;
using Marketo.Soap.Operations;
using Proxy = Marketo.Soap.Generated;

namespace Marketo.Soap.Tests.Operations.Leads;

public class LeadKeyMappingTests
{
    [Theory]
    [InlineData(LeadKeyType.Id, "IDNUM")]
    [InlineData(LeadKeyType.Cookie, "COOKIE")]
    [InlineData(LeadKeyType.Email, "EMAIL")]
    [InlineData(LeadKeyType.LeadOwnerEmail, "LEADOWNEREMAIL")]
    [InlineData(LeadKeyType.SfdcAccountId, "SFDCACCOUNTID")]
    [InlineData(LeadKeyType.SfdcContactId, "SFDCCONTACTID")]
    [InlineData(LeadKeyType.SfdcLeadId, "SFDCLEADID")]
    [InlineData(LeadKeyType.SfdcLeadOwnerId, "SFDCLEADOWNERID")]
    [InlineData(LeadKeyType.SfdcOpportunityId, "SFDCOPPTYID")]
    public void ToProxyAndBack_EveryKeyType_UsesItsLeadKeyRefNameAndRoundTrips(LeadKeyType type, string wireName)
    {
        var key = new LeadKey(type, "v");

        var sent = LeadKeyMapping.ToProxy(key);

        Assert.Equal(wireName, sent.keyType.ToString());
        Assert.Equal(wireName, LeadKeyMapping.ToProxyAttribute(key).attrName);
        Assert.Equal(key, LeadKeyMapping.FromProxy(sent));
    }

    [Fact]
    public void FromProxy_NoKey_ReturnsNull() => Assert.Null(LeadKeyMapping.FromProxy((Proxy.LeadKey?)null));

    [Fact]
    public void ToProxy_UndefinedKeyType_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => LeadKeyMapping.ToProxy((LeadKeyType)42));
}
