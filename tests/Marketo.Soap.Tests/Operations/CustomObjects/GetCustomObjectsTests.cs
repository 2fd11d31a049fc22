using System.Xml.Linq;
using Marketo.Soap.Models;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests.Operations.CustomObjects;

/// <summary><c>getCustomObjects</c> through the client: requests, pages, resuming, and what it refuses.</summary>
public class GetCustomObjectsTests
{
    private const string PositionAfterPage1 = "{\"ky\":[\"4101\"],\"os\":2}";

    private readonly ReplayHandler _handler = new();

    private static GetCustomObjectsRequest ByLead(string leadId = "4101") => new() { ObjectTypeName = "Vehicle", Keys = [new("MKTOID", leadId)] };

    [Fact]
    public async Task GetCustomObjectsAsync_FirstPage_SendsOneKeyListNilPositionAndEmptyIncludeAttributes()
    {
        _handler.ReplyFixture("getCustomObjects.response.none.xml");
        using var client = TestClient.Create(_handler);

        await client.GetCustomObjectsAsync(ByLead()).ToListAsync();

        XmlAssert.SemanticallyEqual(Fixtures.Read("getCustomObjects.request.by-lead-first-page.xml"), _handler.SingleRequest.Body);
        Assert.Equal("http://www.marketo.com/mktows/getCustomObjects", _handler.SingleRequest.SoapAction?.Trim('"'));
        Assert.DoesNotContain(XDocument.Parse(_handler.SingleRequest.Body).Descendants(), e => e.Name.LocalName is "customObjKeyLists" or "keyList");
    }

    [Fact]
    public async Task GetCustomObjectsAsync_ResumedWithFields_SendsThePositionVerbatimWithTheFields()
    {
        _handler.ReplyFixture("getCustomObjects.response.page-2-of-2.xml");
        using var client = TestClient.Create(_handler);

        await client.GetCustomObjectsAsync(ByLead() with { BatchSize = 2, IncludeAttributes = ["make", "year"] }).AsPages(PositionAfterPage1).ToListAsync();

        XmlAssert.SemanticallyEqual(Fixtures.Read("getCustomObjects.request.by-lead-second-page.xml"), _handler.SingleRequest.Body);
    }

    [Fact]
    public async Task GetCustomObjectsAsync_TwoPages_YieldsEveryRecordInOrderWithKeysAndFields()
    {
        _handler.ReplyFixture("getCustomObjects.response.page-1-of-2.xml").ReplyFixture("getCustomObjects.response.page-2-of-2.xml");
        using var client = TestClient.Create(_handler);

        var records = await client.GetCustomObjectsAsync(ByLead() with { BatchSize = 2 }).ToListAsync();

        Assert.Equal(["VIN-A", "VIN-B", "VIN-C"], records.Select(r => r.Keys.Single(k => k.Name == "vin").Value));
        Assert.Equal([new CustomObjectField("make", "Volvo"), new CustomObjectField("year", "1998")], records[2].Attributes);
        Assert.Equal([null, PositionAfterPage1], _handler.Requests.Select(SentPosition));
    }

    [Fact]
    public async Task AsPages_TwoPages_CarryTokenAndRemainingCountAndTheLastHasNoToken()
    {
        _handler.ReplyFixture("getCustomObjects.response.page-1-of-2.xml").ReplyFixture("getCustomObjects.response.page-2-of-2.xml");
        using var client = TestClient.Create(_handler);

        var pages = await client.GetCustomObjectsAsync(ByLead()).AsPages().ToListAsync();

        Assert.Equal([PositionAfterPage1, null], pages.Select(p => p.ContinuationToken));
        Assert.Equal([1, 0], pages.Select(p => p.RemainingCount));
    }

    [Fact]
    public async Task AsPages_ResumedFromASavedToken_ReadsOnlyThePageAfterIt()
    {
        _handler.ReplyFixture("getCustomObjects.response.page-1-of-2.xml").ReplyFixture("getCustomObjects.response.page-2-of-2.xml");
        using var client = TestClient.Create(_handler);
        var first = await client.GetCustomObjectsAsync(ByLead()).AsPages().FirstAsync();

        var rest = await client.GetCustomObjectsAsync(ByLead()).AsPages(first.ContinuationToken).ToListAsync();

        Assert.Equal(["VIN-C"], rest.SelectMany(p => p.Values).Select(r => r.Keys[1].Value));
        Assert.Equal(PositionAfterPage1, SentPosition(_handler.Requests[^1]));
    }

    [Fact]
    public async Task GetCustomObjectsAsync_NoMatch_YieldsNothingAfterOneCall()
    {
        _handler.ReplyFixture("getCustomObjects.response.none.xml");
        using var client = TestClient.Create(_handler);

        Assert.Empty(await client.GetCustomObjectsAsync(ByLead("9999")).ToListAsync());
        Assert.Single(_handler.Requests);
    }

    [Fact]
    public async Task GetCustomObjectsAsync_RecordsRemainButNoPosition_ThrowsInvalidResponse()
    {
        _handler.ReplyFixture("getCustomObjects.response.remaining-without-position.xml");
        using var client = TestClient.Create(_handler);

        var failure = await Assert.ThrowsAsync<MarketoTransportException>(async () => await client.GetCustomObjectsAsync(ByLead()).ToListAsync());

        Assert.Equal(MarketoTransportFailure.InvalidResponse, failure.Failure);
    }

    [Fact]
    public async Task GetCustomObjectsAsync_ConnectionDrops_IsRepeatedAsARead()
    {
        _handler.Throw(new HttpRequestException("connection reset")).ReplyFixture("getCustomObjects.response.none.xml");
        using var client = TestClient.Create(_handler, options: SeedCredentials.OptionsWithImmediateRetries(2));

        await client.GetCustomObjectsAsync(ByLead()).ToListAsync();

        Assert.Equal(2, _handler.Requests.Count);
    }

    [Fact]
    public void GetCustomObjectsAsync_NotEnumerated_SendsNothing()
    {
        using var client = TestClient.Create(_handler);

        _ = client.GetCustomObjectsAsync(ByLead());

        Assert.Empty(_handler.Requests);
    }

    public static TheoryData<string, string> BadRequests => new()
    {
        { "no type name", "ObjectTypeName" },
        { "empty type name", "ObjectTypeName" },
        { "null keys", "Keys" },
        { "no keys", "Keys" },
        { "null key", "Keys[0]" },
        { "key without name", "Keys[1].Name" },
        { "key with empty value", "Keys[0].Value" },
        { "null field list", "IncludeAttributes" },
        { "empty field name", "IncludeAttributes[1]" },
        { "batch size 0", "BatchSize" },
        { "batch size 101", "BatchSize" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public void GetCustomObjectsAsync_InvalidRequest_RefusesNamingTheFieldBeforeEnumerating(string problem, string field)
    {
        using var client = TestClient.Create(_handler);

        var refusal = Assert.Throws<MarketoRequestValidationException>(() => client.GetCustomObjectsAsync(Bad(problem)));

        Assert.Equal((field, "request"), (refusal.Field, refusal.ParamName));
        Assert.Empty(_handler.Requests);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(100)]
    public void GetCustomObjectsAsync_BatchSizeAtTheLimits_IsAccepted(int batchSize)
    {
        using var client = TestClient.Create(_handler);

        Assert.NotNull(client.GetCustomObjectsAsync(ByLead() with { BatchSize = batchSize }));
    }

    private static GetCustomObjectsRequest Bad(string problem)
    {
        var valid = ByLead();
        return problem switch
        {
            "no type name" => valid with { ObjectTypeName = null! },
            "empty type name" => valid with { ObjectTypeName = string.Empty },
            "null keys" => valid with { Keys = null! },
            "no keys" => valid with { Keys = [] },
            "null key" => valid with { Keys = [null!] },
            "key without name" => valid with { Keys = [new("MKTOID", "4101"), new(string.Empty, "x")] },
            "key with empty value" => valid with { Keys = [new("MKTOID", string.Empty)] },
            "null field list" => valid with { IncludeAttributes = null! },
            "empty field name" => valid with { IncludeAttributes = ["make", string.Empty] },
            "batch size 0" => valid with { BatchSize = 0 },
            "batch size 101" => valid with { BatchSize = 101 },
            _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, null),
        };
    }

    private static string? SentPosition(RecordedExchange exchange)
    {
        var position = XDocument.Parse(exchange.Body).Descendants("streamPosition").Single();
        return position.IsEmpty && position.Attributes().Any(a => a.Name.LocalName == "nil") ? null : position.Value;
    }
}
