using Marketo.Soap.Models;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests.Operations.Leads;

/// <summary><c>getMultipleLeads</c> through the client: requests, pages, resuming, and what it refuses.</summary>
public class GetMultipleLeadsTests
{
    private const string PositionAfterPage1 = "id:2002417:to:1380585600:tl:1381190400:os:2:rc:3";
    private const string PositionAfterPage2 = "id:2002450:to:1380585600:tl:1381190400:os:4:rc:1";

    private static readonly LastUpdatedSelector FirstWeekOfOctober = new()
    {
        Since = new DateTimeOffset(2013, 10, 1, 0, 0, 0, TimeSpan.Zero),
        Until = new DateTimeOffset(2013, 10, 7, 17, 0, 0, TimeSpan.FromHours(-7)),
    };

    private readonly ReplayHandler _handler = new();

    private static GetMultipleLeadsRequest ByEmails(params string[] emails) =>
        new() { Selector = new LeadKeySelector { KeyType = LeadKeyType.Email, Values = emails } };

    [Fact]
    public async Task GetMultipleLeadsAsync_KeySelector_SendsTypedSelectorNilPositionAndDefaultBatchSize()
    {
        _handler.ReplyFixture("getMultipleLeads.response.page-3-of-3.xml");
        using var client = TestClient.Create(_handler);

        await client.GetMultipleLeadsAsync(ByEmails("grace@example.com", "ada@example.com")).ToListAsync();

        XmlAssert.SemanticallyEqual(Fixtures.Read("getMultipleLeads.request.key-selector-first-page.xml"), _handler.SingleRequest.Body);
        Assert.Equal("http://www.marketo.com/mktows/getMultipleLeads", _handler.SingleRequest.SoapAction?.Trim('"'));
    }

    [Fact]
    public async Task GetMultipleLeadsAsync_LastUpdatedWindowResumed_SendsWindowInUtcWithThePositionAndFields()
    {
        _handler.ReplyFixture("getMultipleLeads.response.page-3-of-3.xml");
        using var client = TestClient.Create(_handler);
        var request = new GetMultipleLeadsRequest { Selector = FirstWeekOfOctober, BatchSize = 2, IncludeAttributes = ["Email", "LeadScore"] };

        await client.GetMultipleLeadsAsync(request).AsPages(PositionAfterPage1).ToListAsync();

        XmlAssert.SemanticallyEqual(Fixtures.Read("getMultipleLeads.request.last-updated-second-page.xml"), _handler.SingleRequest.Body);
    }

    [Fact]
    public async Task GetMultipleLeadsAsync_StaticListById_SendsListIdWithNilName()
    {
        _handler.ReplyFixture("getMultipleLeads.response.page-3-of-3.xml");
        using var client = TestClient.Create(_handler);

        await client.GetMultipleLeadsAsync(new GetMultipleLeadsRequest { Selector = StaticListSelector.ById(1042), BatchSize = 1000 }).ToListAsync();

        XmlAssert.SemanticallyEqual(Fixtures.Read("getMultipleLeads.request.static-list-by-id.xml"), _handler.SingleRequest.Body);
    }

    [Fact]
    public async Task GetMultipleLeadsAsync_ThreePages_YieldsEveryLeadAndSendsEachReturnedPosition()
    {
        ReplyThreePages();
        using var client = TestClient.Create(_handler);

        var leads = await client.GetMultipleLeadsAsync(new GetMultipleLeadsRequest { Selector = FirstWeekOfOctober, BatchSize = 2 }).ToListAsync();

        Assert.Equal([2002390, 2002417, 2002431, 2002450, 2002466], leads.Select(l => l.Id));
        Assert.Equal([null, PositionAfterPage1, PositionAfterPage2], _handler.Requests.Select(SentPosition));
    }

    [Fact]
    public async Task AsPages_ThreePages_CarryTokensAndRemainingCountsAndEndWithoutToken()
    {
        ReplyThreePages();
        using var client = TestClient.Create(_handler);

        var pages = await client.GetMultipleLeadsAsync(ByEmails("a@example.com")).AsPages().ToListAsync();

        Assert.Equal([PositionAfterPage1, PositionAfterPage2, null], pages.Select(p => p.ContinuationToken));
        Assert.Equal([3, 1, 0], pages.Select(p => p.RemainingCount));
    }

    [Fact]
    public async Task AsPages_ResumedFromASavedToken_ReadsOnlyThePagesAfterIt()
    {
        _handler.ReplyFixture("getMultipleLeads.response.page-2-of-3.xml").ReplyFixture("getMultipleLeads.response.page-3-of-3.xml");
        using var client = TestClient.Create(_handler);

        var pages = await client.GetMultipleLeadsAsync(ByEmails("a@example.com")).AsPages(PositionAfterPage1).ToListAsync();

        Assert.Equal([2002431, 2002450, 2002466], pages.SelectMany(p => p.Values).Select(l => l.Id));
        Assert.Equal([PositionAfterPage1, PositionAfterPage2], _handler.Requests.Select(SentPosition));
    }

    [Fact]
    public async Task GetMultipleLeadsAsync_LeadWithNilAttributeList_ReadsAsNoAttributes()
    {
        _handler.ReplyFixture("getMultipleLeads.response.page-3-of-3.xml");
        using var client = TestClient.Create(_handler);

        var lead = Assert.Single(await client.GetMultipleLeadsAsync(ByEmails("katherine@example.com")).ToListAsync());

        Assert.Equal(("katherine@example.com", 0), (lead.Email, lead.Attributes.Count));
    }

    [Fact]
    public async Task GetMultipleLeadsAsync_RecordsRemainButNoPosition_ThrowsInvalidResponse()
    {
        _handler.ReplyFixture("getMultipleLeads.response.remaining-without-position.xml");
        using var client = TestClient.Create(_handler);

        var exception = await Assert.ThrowsAsync<MarketoTransportException>(async () => await client.GetMultipleLeadsAsync(ByEmails("a@example.com")).ToListAsync());

        Assert.Equal(MarketoTransportFailure.InvalidResponse, exception.Failure);
    }

    [Fact]
    public void GetMultipleLeadsAsync_NotEnumerated_SendsNothing()
    {
        using var client = TestClient.Create(_handler);

        _ = client.GetMultipleLeadsAsync(ByEmails("a@example.com"));

        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public void GetMultipleLeadsAsync_NullRequest_ThrowsArgumentNull()
    {
        using var client = TestClient.Create(_handler);

        Assert.Throws<ArgumentNullException>(() => client.GetMultipleLeadsAsync(null!));
    }

    public static TheoryData<string, string> BadRequests => new()
    {
        { "no selector", "Selector" },
        { "no keys", "Selector.Values" },
        { "null key list", "Selector.Values" },
        { "101 keys", "Selector.Values" },
        { "empty key", "Selector.Values[1]" },
        { "id key not a number", "Selector.Values[0]" },
        { "undefined key type", "Selector.KeyType" },
        { "list by neither", "Selector.ListId" },
        { "list by both", "Selector.ListId" },
        { "list id 0", "Selector.ListId" },
        { "empty list name", "Selector.ListName[0]" },
        { "window ends before it starts", "Selector.Until" },
        { "window of 30 days and a second", "Selector.Until" },
        { "empty field name", "IncludeAttributes[1]" },
        { "null field list", "IncludeAttributes" },
        { "batch size 0", "BatchSize" },
        { "batch size 1001", "BatchSize" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public void GetMultipleLeadsAsync_InvalidRequest_RefusesNamingTheFieldBeforeEnumerating(string problem, string field)
    {
        using var client = TestClient.Create(_handler);

        var exception = Assert.Throws<MarketoRequestValidationException>(() => client.GetMultipleLeadsAsync(Bad(problem)));

        Assert.Equal((field, "request"), (exception.Field, exception.ParamName));
        Assert.Empty(_handler.Requests);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(1000)]
    public void GetMultipleLeadsAsync_BatchSizeAtTheLimits_IsAccepted(int batchSize)
    {
        using var client = TestClient.Create(_handler);

        Assert.NotNull(client.GetMultipleLeadsAsync(ByEmails("a@example.com") with { BatchSize = batchSize }));
    }

    [Fact]
    public void GetMultipleLeadsAsync_HundredKeysAndAThirtyDayWindow_AreAccepted()
    {
        using var client = TestClient.Create(_handler);
        var since = new DateTimeOffset(2013, 10, 1, 0, 0, 0, TimeSpan.Zero);

        Assert.NotNull(client.GetMultipleLeadsAsync(ByEmails([.. Enumerable.Range(0, 100).Select(i => $"lead{i}@example.com")])));
        Assert.NotNull(client.GetMultipleLeadsAsync(new GetMultipleLeadsRequest { Selector = new LastUpdatedSelector { Since = since, Until = since.AddDays(30) } }));
        Assert.NotNull(client.GetMultipleLeadsAsync(new GetMultipleLeadsRequest { Selector = new LastUpdatedSelector { Since = since.AddYears(-1) } }));
    }

    private static GetMultipleLeadsRequest Bad(string problem)
    {
        var since = new DateTimeOffset(2013, 10, 1, 0, 0, 0, TimeSpan.Zero);
        var valid = ByEmails("a@example.com");
        return problem switch
        {
            "no selector" => valid with { Selector = null! },
            "no keys" => ByEmails(),
            "null key list" => valid with { Selector = new LeadKeySelector { KeyType = LeadKeyType.Email, Values = null! } },
            "101 keys" => ByEmails([.. Enumerable.Range(0, 101).Select(i => $"lead{i}@example.com")]),
            "empty key" => ByEmails("a@example.com", string.Empty),
            "id key not a number" => valid with { Selector = new LeadKeySelector { KeyType = LeadKeyType.Id, Values = ["a@example.com"] } },
            "undefined key type" => valid with { Selector = new LeadKeySelector { KeyType = (LeadKeyType)42, Values = ["x"] } },
            "list by neither" => valid with { Selector = new StaticListSelector() },
            "list by both" => valid with { Selector = new StaticListSelector { ListId = 1, ListName = "Webinar.Attendees" } },
            "list id 0" => valid with { Selector = StaticListSelector.ById(0) },
            "empty list name" => valid with { Selector = StaticListSelector.ByName(string.Empty) },
            "window ends before it starts" => valid with { Selector = new LastUpdatedSelector { Since = since, Until = since.AddTicks(-1) } },
            "window of 30 days and a second" => valid with { Selector = new LastUpdatedSelector { Since = since, Until = since.AddDays(30).AddSeconds(1) } },
            "empty field name" => valid with { IncludeAttributes = ["Email", string.Empty] },
            "null field list" => valid with { IncludeAttributes = null! },
            "batch size 0" => valid with { BatchSize = 0 },
            "batch size 1001" => valid with { BatchSize = 1001 },
            _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, null),
        };
    }

    private static string? SentPosition(RecordedExchange exchange)
    {
        var position = System.Xml.Linq.XDocument.Parse(exchange.Body).Descendants("streamPosition").Single();
        return position.IsEmpty && position.Attributes().Any(a => a.Name.LocalName == "nil") ? null : position.Value;
    }

    private void ReplyThreePages() =>
        _handler.ReplyFixture("getMultipleLeads.response.page-1-of-3.xml")
            .ReplyFixture("getMultipleLeads.response.page-2-of-3.xml")
            .ReplyFixture("getMultipleLeads.response.page-3-of-3.xml");
}
