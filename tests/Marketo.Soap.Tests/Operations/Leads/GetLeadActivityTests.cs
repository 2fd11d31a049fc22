using Marketo.Soap.Models;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests.Operations.Leads;

/// <summary><c>getLeadActivity</c> through the client: requests, pages, resuming, and what it refuses.</summary>
public class GetLeadActivityTests
{
    private readonly ReplayHandler _handler = new();

    private static GetLeadActivityRequest ById() => new() { Lead = LeadKey.ById(2002417) };

    [Fact]
    public async Task GetLeadActivityAsync_EmailKeyWithTwoIncludedTypes_SendsWireTypeNamesAndNilPosition()
    {
        _handler.ReplyFixture("getLeadActivity.response.page-2-of-2.xml");
        using var client = TestClient.Create(_handler);
        var request = new GetLeadActivityRequest { Lead = LeadKey.ByEmail("grace@example.com"), IncludeTypes = [ActivityType.VisitWebpage, ActivityType.FillOutForm], BatchSize = 10 };

        await client.GetLeadActivityAsync(request).ToListAsync();

        XmlAssert.SemanticallyEqual(Fixtures.Read("getLeadActivity.request.email-two-types-first-page.xml"), _handler.SingleRequest.Body);
        Assert.Equal("http://www.marketo.com/mktows/getLeadActivity", _handler.SingleRequest.SoapAction?.Trim('"'));
    }

    [Fact]
    public async Task AsPages_SecondPage_SendsBackTheReturnedPositionWithTimesInUtc()
    {
        _handler.ReplyFixture("getLeadActivity.response.page-1-of-2.xml").ReplyFixture("getLeadActivity.response.page-2-of-2.xml");
        using var client = TestClient.Create(_handler);

        await client.GetLeadActivityAsync(ById() with { ExcludeTypes = [ActivityType.NewSFDCOpprtnty] }).ToListAsync();

        XmlAssert.SemanticallyEqual(Fixtures.Read("getLeadActivity.request.id-excluded-type-second-page.xml"), _handler.Requests[1].Body);
    }

    [Fact]
    public async Task GetLeadActivityAsync_TwoPages_YieldsActivitiesNewestFirstAcrossPages()
    {
        _handler.ReplyFixture("getLeadActivity.response.page-1-of-2.xml").ReplyFixture("getLeadActivity.response.page-2-of-2.xml");
        using var client = TestClient.Create(_handler);

        var activities = await client.GetLeadActivityAsync(ById()).ToListAsync();

        Assert.Equal([3003188L, 3003170L, 3001002L], activities.Select(a => a.Id));
        Assert.True(activities.Zip(activities.Skip(1)).All(pair => pair.First.ActivityDateTime > pair.Second.ActivityDateTime));
    }

    [Fact]
    public async Task GetLeadActivityAsync_WebVisit_ReadsDisplayNameDetailsAndEmptyElementsAsNoValue()
    {
        _handler.ReplyFixture("getLeadActivity.response.page-1-of-2.xml").ReplyFixture("getLeadActivity.response.page-2-of-2.xml");
        using var client = TestClient.Create(_handler);

        var visit = (await client.GetLeadActivityAsync(ById()).ToListAsync())[0];

        Assert.Equal(
            (ActivityNames.VisitWebpage, "Pricing", new DateTimeOffset(2013, 10, 2, 16, 4, 52, TimeSpan.Zero), TimeSpan.Zero),
            (visit.ActivityName, visit.AssetName, visit.ActivityDateTime, visit.ActivityDateTime.Offset));
        Assert.Equal([new("Webpage URL", "/pricing.html"), new("Referrer URL", string.Empty), new("Lead ID", "2002417")], visit.Attributes);
        Assert.Equal("/pricing.html", visit.GetValue("Webpage URL"));
        Assert.Equal((null, null, "2002417", 2002417), (visit.Campaign, visit.PersonName, visit.PersonId, visit.LeadId));
        Assert.Equal((null, null, null), (visit.ForeignSysId, visit.OrgName, visit.ForeignSysOrgId));
    }

    [Fact]
    public async Task GetLeadActivityAsync_FormFillWithNilDetails_ReadsNoDetailsAndEveryOptionalField()
    {
        _handler.ReplyFixture("getLeadActivity.response.page-1-of-2.xml").ReplyFixture("getLeadActivity.response.page-2-of-2.xml");
        using var client = TestClient.Create(_handler);

        var form = (await client.GetLeadActivityAsync(ById()).ToListAsync())[1];

        Assert.Empty(form.Attributes);
        Assert.Equal(
            ("Trial nurture", "Grace Hopper", "003A000001xyzQR", "Analytical", "001A000000orgAB"),
            (form.Campaign, form.PersonName, form.ForeignSysId, form.OrgName, form.ForeignSysOrgId));
    }

    [Fact]
    public async Task AsPages_SeveralTypes_ReportNoRemainingCountButEndWithoutToken()
    {
        _handler.ReplyFixture("getLeadActivity.response.page-1-of-2.xml").ReplyFixture("getLeadActivity.response.page-2-of-2.xml");
        using var client = TestClient.Create(_handler);

        var pages = await client.GetLeadActivityAsync(ById()).AsPages().ToListAsync();

        Assert.Equal([null, null], pages.Select(p => p.RemainingCount));
        Assert.NotNull(pages[0].ContinuationToken);
        Assert.Null(pages[1].ContinuationToken);
    }

    [Fact]
    public async Task AsPages_OneIncludedType_ReportsMarketosRemainingCount()
    {
        _handler.ReplyFixture("getLeadActivity.response.page-1-of-2.xml").ReplyFixture("getLeadActivity.response.page-2-of-2.xml");
        using var client = TestClient.Create(_handler);

        var pages = await client.GetLeadActivityAsync(ById() with { IncludeTypes = [ActivityType.VisitWebpage] }).AsPages().ToListAsync();

        Assert.Equal([1, 0], pages.Select(p => p.RemainingCount));
    }

    [Fact]
    public async Task AsPages_ResumedFromASavedToken_SendsTheSavedPositionAndReadsOnlyTheRest()
    {
        _handler.ReplyFixture("getLeadActivity.response.page-1-of-2.xml");
        string? saved;
        using (var first = TestClient.Create(_handler))
        {
            saved = (await first.GetLeadActivityAsync(ById()).AsPages().FirstAsync()).ContinuationToken;
        }

        var resumedHandler = new ReplayHandler().ReplyFixture("getLeadActivity.response.page-2-of-2.xml");
        using var second = TestClient.Create(resumedHandler);

        var rest = await second.GetLeadActivityAsync(ById() with { ExcludeTypes = [ActivityType.NewSFDCOpprtnty] }).AsPages(saved).ToListAsync();

        Assert.Equal([3001002L], rest.SelectMany(p => p.Values).Select(a => a.Id));
        XmlAssert.SemanticallyEqual(Fixtures.Read("getLeadActivity.request.id-excluded-type-second-page.xml"), resumedHandler.SingleRequest.Body);
    }

    [Theory]
    [InlineData("not base64 at all!")]
    [InlineData("e30")] // {} : no operation
    public async Task AsPages_TokenNotHandedOutByThisRead_RefusesBeforeSending(string token)
    {
        using var client = TestClient.Create(_handler);

        var exception = await Assert.ThrowsAsync<MarketoRequestValidationException>(async () => await client.GetLeadActivityAsync(ById()).AsPages(token).ToListAsync());

        Assert.Equal("continuationToken", exception.ParamName);
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task AsPages_TokenOfGetLeadChanges_RefusesBeforeSending()
    {
        _handler.ReplyFixture("getLeadChanges.response.page-1-of-2.xml");
        using var client = TestClient.Create(_handler);
        var changesPage = await client.GetLeadChangesAsync(new GetLeadChangesRequest { Since = DateTimeOffset.UnixEpoch }).AsPages().FirstAsync();

        await Assert.ThrowsAsync<MarketoRequestValidationException>(async () => await client.GetLeadActivityAsync(ById()).AsPages(changesPage.ContinuationToken).ToListAsync());

        Assert.Single(_handler.Requests);
    }

    public static TheoryData<string, string> BadRequests => new()
    {
        { "no lead", "Lead" },
        { "empty key", "Lead.Value" },
        { "include and exclude", "ExcludeTypes" },
        { "undefined type", "IncludeTypes[1]" },
        { "null include list", "IncludeTypes" },
        { "batch size 0", "BatchSize" },
        { "batch size 101", "BatchSize" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public void GetLeadActivityAsync_InvalidRequest_RefusesNamingTheFieldBeforeEnumerating(string problem, string field)
    {
        using var client = TestClient.Create(_handler);
        var request = problem switch
        {
            "no lead" => ById() with { Lead = null! },
            "empty key" => ById() with { Lead = LeadKey.ByEmail(string.Empty) },
            "include and exclude" => ById() with { IncludeTypes = [ActivityType.OpenEmail], ExcludeTypes = [ActivityType.ClickEmail] },
            "undefined type" => ById() with { IncludeTypes = [ActivityType.OpenEmail, (ActivityType)57] },
            "null include list" => ById() with { IncludeTypes = null! },
            "batch size 0" => ById() with { BatchSize = 0 },
            "batch size 101" => ById() with { BatchSize = 101 },
            _ => throw new ArgumentOutOfRangeException(nameof(problem)),
        };

        var exception = Assert.Throws<MarketoRequestValidationException>(() => client.GetLeadActivityAsync(request));

        Assert.Equal((field, "request"), (exception.Field, exception.ParamName));
    }

    [Fact]
    public void GetLeadActivityAsync_NullRequest_ThrowsArgumentNull()
    {
        using var client = TestClient.Create(_handler);

        Assert.Throws<ArgumentNullException>(() => client.GetLeadActivityAsync(null!));
    }

    [Fact]
    public async Task GetLeadActivityAsync_LeadNotFound_ThrowsTheFault()
    {
        _handler.Reply(CannedResponse.Fault("fault.20103.lead-not-found.xml"));
        using var client = TestClient.Create(_handler);

        var exception = await Assert.ThrowsAsync<MarketoSoapException>(async () => await client.GetLeadActivityAsync(ById()).ToListAsync());

        Assert.Equal(MarketoErrorCode.LeadNotFound, exception.ErrorCode);
    }
}
