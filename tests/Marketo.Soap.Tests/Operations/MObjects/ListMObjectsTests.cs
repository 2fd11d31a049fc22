using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests.Operations.MObjects;

/// <summary><c>listMObjects</c> through the client: the empty request and the bare repeated names.</summary>
public class ListMObjectsTests
{
    private readonly ReplayHandler _handler = new();

    [Fact]
    public async Task ListMObjectsAsync_Always_SendsAnEmptyParamsElement()
    {
        _handler.ReplyFixture("listMObjects.response.four.xml");
        using var client = TestClient.Create(_handler);

        await client.ListMObjectsAsync();

        XmlAssert.SemanticallyEqual(Fixtures.Read("listMObjects.request.empty.xml"), _handler.SingleRequest.Body);
        Assert.Equal("http://www.marketo.com/mktows/listMObjects", _handler.SingleRequest.SoapAction?.Trim('"'));
    }

    [Fact]
    public async Task ListMObjectsAsync_FourNames_ReadsThemInOrder()
    {
        _handler.ReplyFixture("listMObjects.response.four.xml");
        using var client = TestClient.Create(_handler);

        Assert.Equal(["ActivityRecord", "LeadRecord", "Opportunity", "OpportunityPersonRole"], await client.ListMObjectsAsync());
    }

    [Fact]
    public async Task ListMObjectsAsync_EmptyResult_ReadsAsNoNames()
    {
        _handler.ReplyFixture("listMObjects.response.none.xml");
        using var client = TestClient.Create(_handler);

        Assert.Empty(await client.ListMObjectsAsync());
    }
}
