using Marketo.Soap.Models;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests.Operations.MObjects;

/// <summary><c>describeMObject</c> through the client: the request, the metadata read with its nils, and what it refuses.</summary>
public class DescribeMObjectTests
{
    private readonly ReplayHandler _handler = new();

    [Fact]
    public async Task DescribeMObjectAsync_LeadRecord_SendsTheName()
    {
        _handler.ReplyFixture("describeMObject.response.lead-record.xml");
        using var client = TestClient.Create(_handler);

        await client.DescribeMObjectAsync(new DescribeMObjectRequest { ObjectName = "LeadRecord" });

        XmlAssert.SemanticallyEqual(Fixtures.Read("describeMObject.request.lead-record.xml"), _handler.SingleRequest.Body);
        Assert.Equal("http://www.marketo.com/mktows/describeMObject", _handler.SingleRequest.SoapAction?.Trim('"'));
    }

    [Fact]
    public async Task DescribeMObjectAsync_Answer_ReadsTheObjectAndEveryFieldInOrder()
    {
        _handler.ReplyFixture("describeMObject.response.lead-record.xml");
        using var client = TestClient.Create(_handler);

        var metadata = await client.DescribeMObjectAsync(new DescribeMObjectRequest { ObjectName = "LeadRecord" });

        Assert.Equal(("LeadRecord", null, false, false), (metadata.Name, metadata.Description, metadata.IsCustom, metadata.IsVirtual));
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), metadata.UpdatedAt);
        Assert.Equal(["Id", "Email", "Loyalty_Tier__c"], metadata.Fields.Select(f => f.Name));
        var id = metadata.Fields[0];
        Assert.Equal(("integer", 10, true, true, true, false), (id.DataType, id.Size, id.IsReadonly, id.IsUpdateBlocked, id.IsPrimaryKey, id.IsCustom));
        Assert.Equal(new DateTimeOffset(2026, 2, 14, 8, 30, 0, TimeSpan.Zero), id.UpdatedAt);
        var email = metadata.Fields[1];
        Assert.Equal(("Email Address", (string?)null, true, "email"), (email.DisplayName, email.Description, email.IsName, email.DataType));
    }

    [Fact]
    public async Task DescribeMObjectAsync_NilAndEmptyValues_ReadAsNull()
    {
        _handler.ReplyFixture("describeMObject.response.lead-record.xml");
        using var client = TestClient.Create(_handler);

        var custom = (await client.DescribeMObjectAsync(new DescribeMObjectRequest { ObjectName = "LeadRecord" })).Fields[2];

        Assert.Equal((null, null, null, null, (bool?)null, (string?)null, true), (custom.Description, custom.DisplayName, custom.SourceObject, custom.Size, custom.IsName, custom.DynamicFieldRef, custom.IsCustom));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Lead\u0000Record")]
    public async Task DescribeMObjectAsync_BadName_RefusesBeforeSending(string? name)
    {
        using var client = TestClient.Create(_handler);

        var exception = await Assert.ThrowsAsync<MarketoRequestValidationException>(() => client.DescribeMObjectAsync(new DescribeMObjectRequest { ObjectName = name! }));

        Assert.Equal(("ObjectName", "request"), (exception.Field, exception.ParamName));
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task DescribeMObjectAsync_UndocumentedName_IsSentForMarketoToJudge()
    {
        _handler.ReplyFixture("describeMObject.response.lead-record.xml");
        using var client = TestClient.Create(_handler);

        await client.DescribeMObjectAsync(new DescribeMObjectRequest { ObjectName = "Roadshow" });

        Assert.Equal("Roadshow", System.Xml.Linq.XDocument.Parse(_handler.SingleRequest.Body).Descendants("objectName").Single().Value);
    }
}
