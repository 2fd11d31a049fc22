using System.Xml.Linq;
using Marketo.Soap.Models;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests.Operations.MObjects;

/// <summary>getMObjects requests at the edges of its checks: null keys and names, values XML cannot carry, and an empty resume token.</summary>
public class GetMObjectsRequestEdgeTests
{
    private readonly ReplayHandler _handler = new();

    private static readonly GetMObjectsRequest Opportunities = new() { Type = MObjectTypes.Opportunity };

    [Fact]
    public void GetMObjectsAsync_CriterionWithNullAttributeName_RefusesNamingTheName()
    {
        AssertRefused(Opportunities with { Criteria = [new(null!, MObjectComparison.Equal, "x")] }, "Criteria[0].AttributeName");
    }

    [Fact]
    public void GetMObjectsAsync_ExternalKeyWithNullName_RefusesNamingTheKeysName()
    {
        AssertRefused(Opportunities with { ExternalKey = new(null!, "OPP-1") }, "ExternalKey.Name");
    }

    [Fact]
    public void GetMObjectsAsync_ExternalKeyValueWithCharacterXmlCannotCarry_RefusesNamingTheKeysValue()
    {
        AssertRefused(Opportunities with { ExternalKey = new("CRM_Key__c", "OPP\u0001") }, "ExternalKey.Value");
    }

    [Fact]
    public async Task AsPages_EmptyToken_StartsFromTheBeginningWithoutAPosition()
    {
        _handler.ReplyFixture("getMObjects.response.none.xml");
        using var client = TestClient.Create(_handler);

        await client.GetMObjectsAsync(Opportunities).AsPages(string.Empty).ToListAsync();

        // An empty streamPosition element is a position Marketo would have to read; none is the first page.
        Assert.Empty(XDocument.Parse(_handler.SingleRequest.Body).Descendants("streamPosition"));
    }

    private void AssertRefused(GetMObjectsRequest request, string field)
    {
        using var client = TestClient.Create(_handler);

        var exception = Assert.Throws<MarketoRequestValidationException>(() => client.GetMObjectsAsync(request));

        Assert.Equal((field, "request"), (exception.Field, exception.ParamName));
        Assert.Empty(_handler.Requests);
    }
}
