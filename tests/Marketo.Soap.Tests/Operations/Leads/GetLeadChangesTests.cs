using Marketo.Soap.Models;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests.Operations.Leads;

/// <summary><c>getLeadChanges</c> through the client: requests, pages, resuming, and what it refuses.</summary>
public class GetLeadChangesTests
{
    private static readonly DateTimeOffset October = new(2013, 10, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly ReplayHandler _handler = new();

    private static GetLeadChangesRequest Since() => new() { Since = October };

    [Fact]
    public async Task GetLeadChangesAsync_NamesAndStaticList_SendsSinceAsStartPositionAndTypedSelectorLast()
    {
        _handler.ReplyFixture("getLeadChanges.response.page-2-of-2.xml");
        using var client = TestClient.Create(_handler);
        var request = Since() with
        {
            ActivityNames = [ActivityNames.ChangeDataValue, ActivityNames.NewLead],
            Selector = StaticListSelector.ByName("Webinar.Attendees"),
        };

        await client.GetLeadChangesAsync(request).ToListAsync();

        XmlAssert.SemanticallyEqual(Fixtures.Read("getLeadChanges.request.names-static-list-first-page.xml"), _handler.SingleRequest.Body);
        Assert.Equal("http://www.marketo.com/mktows/getLeadChanges", _handler.SingleRequest.SoapAction?.Trim('"'));
    }

    [Fact]
    public async Task AsPages_SecondPageWithUntil_SendsTheReturnedPositionWithUntilPutBack()
    {
        ReplyTwoPages();
        using var client = TestClient.Create(_handler);
        var request = Since() with
        {
            Until = new DateTimeOffset(2013, 10, 30, 19, 0, 0, TimeSpan.FromHours(-5)),
            ExcludeTypes = [ActivityType.VisitWebpage],
            Selector = new LeadKeySelector { KeyType = LeadKeyType.Id, Values = ["2002417"] },
            BatchSize = 2,
        };

        await client.GetLeadChangesAsync(request).ToListAsync();

        XmlAssert.SemanticallyEqual(Fixtures.Read("getLeadChanges.request.until-excluded-type-second-page.xml"), _handler.Requests[1].Body);
    }

    [Fact]
    public async Task GetLeadChangesAsync_TwoPages_YieldsChangesOldestFirstAndReadsChangeDetails()
    {
        ReplyTwoPages();
        using var client = TestClient.Create(_handler);

        var changes = await client.GetLeadChangesAsync(Since()).ToListAsync();

        Assert.Equal([4004011L, 4004020L, 4004077L], changes.Select(c => c.Id));
        Assert.True(changes.Zip(changes.Skip(1)).All(pair => pair.First.ActivityDateTime <= pair.Second.ActivityDateTime));
        var score = changes[1];
        Assert.Equal(
            (ActivityNames.ChangeDataValue, "Lead Score", string.Empty, "25", "Scoring - web visits", 2002417),
            (score.ActivityName, score.AssetName, score.GetValue("Old Value"), score.GetValue("New Value"), score.Campaign, score.LeadId));
    }

    [Fact]
    public async Task GetLeadChangesAsync_NewLeadWithNilAssetAndDetails_ReadsNoValues()
    {
        ReplyTwoPages();
        using var client = TestClient.Create(_handler);

        var created = (await client.GetLeadChangesAsync(Since()).ToListAsync())[0];

        Assert.Equal((ActivityNames.NewLead, null, 0, null), (created.ActivityName, created.AssetName, created.Attributes.Count, created.Campaign));
        Assert.Equal(new DateTimeOffset(2013, 10, 1, 5, 5, 40, TimeSpan.Zero), created.ActivityDateTime);
    }

    [Fact]
    public async Task AsPages_TwoPages_CarryRemainingCountsAndEndWithoutToken()
    {
        ReplyTwoPages();
        using var client = TestClient.Create(_handler);

        var pages = await client.GetLeadChangesAsync(Since()).AsPages().ToListAsync();

        Assert.Equal([1, 0], pages.Select(p => p.RemainingCount));
        Assert.NotNull(pages[0].ContinuationToken);
        Assert.Null(pages[1].ContinuationToken);
    }

    [Fact]
    public async Task AsPages_ResumedFromASavedToken_ReadsOnlyTheRest()
    {
        ReplyTwoPages();
        using var client = TestClient.Create(_handler);
        var request = Since() with { BatchSize = 2 };
        var saved = (await client.GetLeadChangesAsync(request).AsPages().FirstAsync()).ContinuationToken;

        var rest = await client.GetLeadChangesAsync(request).AsPages(saved).ToListAsync();

        Assert.Equal([4004077L], rest.SelectMany(p => p.Values).Select(c => c.Id));
        Assert.Equal("ID:4004020", System.Xml.Linq.XDocument.Parse(_handler.Requests[1].Body).Descendants("offset").Single().Value);
    }

    public static TheoryData<string, string> BadRequests => new()
    {
        { "until before since", "Until" },
        { "empty activity name", "ActivityNames[0]" },
        { "names and types", "ActivityNames" },
        { "include and exclude", "ExcludeTypes" },
        { "101 keys", "Selector.Values" },
        { "window over 30 days", "Selector.Until" },
        { "batch size 0", "BatchSize" },
        { "batch size 1001", "BatchSize" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public void GetLeadChangesAsync_InvalidRequest_RefusesNamingTheFieldBeforeEnumerating(string problem, string field)
    {
        using var client = TestClient.Create(_handler);
        var request = problem switch
        {
            "until before since" => Since() with { Until = October.AddSeconds(-1) },
            "empty activity name" => Since() with { ActivityNames = [string.Empty] },
            "names and types" => Since() with { ActivityNames = [ActivityNames.NewLead], IncludeTypes = [ActivityType.NewLead] },
            "include and exclude" => Since() with { IncludeTypes = [ActivityType.NewLead], ExcludeTypes = [ActivityType.VisitWebpage] },
            "101 keys" => Since() with { Selector = new LeadKeySelector { KeyType = LeadKeyType.Id, Values = [.. Enumerable.Range(1, 101).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))] } },
            "window over 30 days" => Since() with { Selector = new LastUpdatedSelector { Since = October, Until = October.AddDays(31) } },
            "batch size 0" => Since() with { BatchSize = 0 },
            "batch size 1001" => Since() with { BatchSize = 1001 },
            _ => throw new ArgumentOutOfRangeException(nameof(problem)),
        };

        var exception = Assert.Throws<MarketoRequestValidationException>(() => client.GetLeadChangesAsync(request));

        Assert.Equal((field, "request"), (exception.Field, exception.ParamName));
    }

    [Fact]
    public void GetLeadChangesAsync_LargestBatchAndNoFilter_IsAccepted()
    {
        using var client = TestClient.Create(_handler);

        Assert.NotNull(client.GetLeadChangesAsync(Since() with { BatchSize = GetLeadChangesRequest.MaxBatchSize }));
    }

    [Fact]
    public void GetLeadChangesAsync_NullRequest_ThrowsArgumentNull()
    {
        using var client = TestClient.Create(_handler);

        Assert.Throws<ArgumentNullException>(() => client.GetLeadChangesAsync(null!));
    }

    private void ReplyTwoPages() =>
        _handler.ReplyFixture("getLeadChanges.response.page-1-of-2.xml").ReplyFixture("getLeadChanges.response.page-2-of-2.xml");
}
