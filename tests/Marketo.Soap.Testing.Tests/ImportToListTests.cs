using System.Xml.Linq;
using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests;

/// <summary>importToList and getImportToListStatus (operations facts §8) over HTTP: an import queued, run and finished on the emulator's clock.</summary>
public class ImportToListTests
{
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    // Queued 5 seconds, then 100 ms a row (the emulator's assumptions): three rows end at 5.3 s.
    private static readonly TimeSpan Queued = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan ThreeRowsDone = TimeSpan.FromMilliseconds(5300);

    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    private static string SeedPath(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Seeds", name);

    [Fact]
    public async Task ImportToList_PhpStyleRequest_AnswersProcessingAndChangesNothingYet()
    {
        await using var emulator = await SeededAsync();

        var answer = await emulator.PostFixtureAsync(Fixtures.Read("importToList.request.php-three-rows.xml"), _clock);

        answer.AssertSuccess();
        Assert.Equal("PROCESSING", answer.Text("importStatus"));
        Assert.Empty(WsdlSchema.ValidateBody(answer.Xml));
        Assert.Equal([6], emulator.Store.FindStaticList(31)!.LeadIds);
        Assert.Empty(emulator.Store.FindLeadsByEmail("grace@example.com"));
    }

    [Fact]
    public async Task GetImportToListStatus_WhileQueued_IsProcessingWithoutStartedTimeAndWithEstimatedRows()
    {
        await using var emulator = await SeededAsync();
        await emulator.PostFixtureAsync(Fixtures.Read("importToList.request.php-three-rows.xml"), _clock);

        var status = await emulator.PostFixtureAsync(Fixtures.Read("getImportToListStatus.request.php.xml"), _clock);

        status.AssertSuccess();
        Assert.Empty(WsdlSchema.ValidateBody(status.Xml));
        Assert.Equal("PROCESSING", status.Text("status"));
        Assert.True(IsNil(status, "startedTime"));
        Assert.True(IsNil(status, "endedTime"));
        Assert.True(IsNil(status, "estimatedTime"));
        Assert.True(IsNil(status, "importSummary"));
        Assert.Equal((3, 0, 0, 0), (status.Number("estimatedRows"), status.Number("rowsImported"), status.Number("rowsFailed"), status.Number("rowsIgnored")));
    }

    [Fact]
    public async Task GetImportToListStatus_AfterTheQueue_IsProcessingWithStartedTime()
    {
        await using var emulator = await SeededAsync();
        await emulator.PostFixtureAsync(Fixtures.Read("importToList.request.php-three-rows.xml"), _clock);

        _clock.Advance(Queued);
        var status = await emulator.PostFixtureAsync(Fixtures.Read("getImportToListStatus.request.php.xml"), _clock);

        Assert.Equal("PROCESSING", status.Text("status"));
        Assert.Equal(TestClock.Start + Queued, DateTimeOffset.Parse(status.Text("startedTime"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal([6], emulator.Store.FindStaticList(31)!.LeadIds);
    }

    [Fact]
    public async Task Import_AtItsEnd_UpsertsLeadsAddsThemToTheListAndCountsTheBadRow()
    {
        await using var emulator = await SeededAsync();
        await emulator.PostFixtureAsync(Fixtures.Read("importToList.request.php-three-rows.xml"), _clock);

        _clock.Advance(ThreeRowsDone);

        var grace = Assert.Single(emulator.Store.FindLeadsByEmail("grace@example.com"));
        Assert.Equal([6, 5, grace.Id], emulator.Store.FindStaticList(31)!.LeadIds);
        Assert.Equal("Analytical Engines, Ltd.", emulator.Store.FindLead(5)!.Attributes["Company"]);
        Assert.Equal(("Grace", "Harvard"), (grace.Attributes["FirstName"], grace.Attributes["Company"]));
        var status = await emulator.PostFixtureAsync(Fixtures.Read("getImportToListStatus.request.php.xml"), _clock);
        Assert.Empty(WsdlSchema.ValidateBody(status.Xml));
        Assert.Equal("COMPLETE", status.Text("status"));
        Assert.Equal((2, 1, 0), (status.Number("rowsImported"), status.Number("rowsFailed"), status.Number("rowsIgnored")));
        Assert.Equal(TestClock.Start + ThreeRowsDone, DateTimeOffset.Parse(status.Text("endedTime"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("row 3: no valid Email Address", status.Text("importSummary"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_AtItsEnd_LogsAddToListForTheNewMembers()
    {
        await using var emulator = await SeededAsync();
        await emulator.PostFixtureAsync(Fixtures.Read("importToList.request.php-three-rows.xml"), _clock);

        _clock.Advance(ThreeRowsDone);

        var activity = await emulator.PostAsync(
            new XElement(Wire.Mktows + "paramsGetLeadActivity", new XElement("leadKey", new XElement("keyType", "IDNUM"), new XElement("keyValue", "5"))),
            _clock);
        Assert.Contains("Add to List", activity.Xml.Descendants("activityType").Select(a => a.Value));
    }

    [Fact]
    public async Task Import_HeaderWithAnApiName_FailsAsAWholeWhenItStarts()
    {
        await using var emulator = await SeededAsync();
        await emulator.PostAsync(Import("Email,First Name", ["new@example.com,New"]), _clock);

        _clock.Advance(Queued);
        var status = await emulator.PostFixtureAsync(Fixtures.Read("getImportToListStatus.request.php.xml"), _clock);

        Assert.Equal("FAILED", status.Text("status"));
        Assert.Contains("Unknown columns: Email.", status.Text("importSummary"), StringComparison.Ordinal);
        Assert.Equal(1, status.Number("rowsFailed"));
        Assert.Empty(emulator.Store.FindLeadsByEmail("new@example.com"));
    }

    [Fact]
    public async Task Import_WithoutAnEmailColumn_Fails()
    {
        await using var emulator = await SeededAsync();
        await emulator.PostAsync(Import("First Name", ["New"]), _clock);

        _clock.Advance(Queued);
        var status = await emulator.PostFixtureAsync(Fixtures.Read("getImportToListStatus.request.php.xml"), _clock);

        Assert.Equal("FAILED", status.Text("status"));
        Assert.Contains("no Email Address column", status.Text("importSummary"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_RowWithTheWrongNumberOfValuesOrAnOpenQuote_FailsThatRowOnly()
    {
        await using var emulator = await SeededAsync();
        await emulator.PostAsync(Import("Email Address,First Name", ["a@example.com", "b@example.com,\"Bea", "c@example.com,Cy"]), _clock);

        _clock.Advance(Queued + TimeSpan.FromMilliseconds(300));
        var status = await emulator.PostFixtureAsync(Fixtures.Read("getImportToListStatus.request.php.xml"), _clock);

        Assert.Equal((1, 2), (status.Number("rowsImported"), status.Number("rowsFailed")));
        Assert.Single(emulator.Store.FindLeadsByEmail("c@example.com"));
    }

    [Fact]
    public async Task Import_CustomFieldByApiName_IsWritten()
    {
        await using var emulator = await SeededAsync();
        emulator.Store.AddLeadField("Seat__c", "string");
        await emulator.PostAsync(Import("Email Address,Seat__c", ["ada@example.com,A12"]), _clock);

        _clock.Advance(Queued + TimeSpan.FromMilliseconds(100));

        Assert.Equal("A12", emulator.Store.FindLead(5)!.Attributes["Seat__c"]);
    }

    [Fact]
    public async Task ListOnlyImport_UnknownEmail_IsIgnoredAndNoLeadIsCreatedOrChanged()
    {
        await using var emulator = await SeededAsync();
        await emulator.PostAsync(Import("Email Address,First Name", ["ada@example.com,Changed", "nobody@example.com,No"], mode: "LISTONLY"), _clock);

        _clock.Advance(Queued + TimeSpan.FromMilliseconds(200));
        var status = await emulator.PostFixtureAsync(Fixtures.Read("getImportToListStatus.request.php.xml"), _clock);

        Assert.Equal((1, 0, 1), (status.Number("rowsImported"), status.Number("rowsFailed"), status.Number("rowsIgnored")));
        Assert.Equal([6, 5], emulator.Store.FindStaticList(31)!.LeadIds);
        Assert.Equal("Ada", emulator.Store.FindLead(5)!.Attributes["FirstName"]);
        Assert.Empty(emulator.Store.FindLeadsByEmail("nobody@example.com"));
    }

    [Fact]
    public async Task Import_ClearList_ReplacesTheMembersWhenItEnds()
    {
        await using var emulator = await SeededAsync();
        await emulator.PostAsync(Import("Email Address", ["ada@example.com"], clearList: true), _clock);

        _clock.Advance(Queued);
        Assert.Equal([6], emulator.Store.FindStaticList(31)!.LeadIds);
        _clock.Advance(TimeSpan.FromMilliseconds(100));

        Assert.Equal([5], emulator.Store.FindStaticList(31)!.LeadIds);
    }

    [Fact]
    public async Task Import_StoreClearedWhileQueued_NeverRuns()
    {
        await using var emulator = await SeededAsync();
        await emulator.PostAsync(Import("Email Address", ["new@example.com"]), _clock);

        emulator.Store.Clear();
        _clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Empty(emulator.Store.Leads);
    }

    [Fact]
    public async Task ImportToList_WhileAnImportIntoTheListIsProcessing_FailsWith20110()
    {
        await using var emulator = await SeededAsync();
        await emulator.PostAsync(Import("Email Address", ["a@example.com"]), _clock);

        var second = await emulator.PostAsync(Import("Email Address", ["a@example.com"]), _clock);

        second.AssertMarketoFault(20110);
        _clock.Advance(Queued + TimeSpan.FromMilliseconds(100));
        (await emulator.PostAsync(Import("Email Address", ["a@example.com"]), _clock)).AssertSuccess();
    }

    [Fact]
    public async Task ImportToList_UnknownList_FailsWith20111()
    {
        await using var emulator = await SeededAsync();

        var answer = await emulator.PostAsync(Import("Email Address", ["a@example.com"], list: "Attendees"), _clock);

        answer.AssertMarketoFault(20111);
    }

    [Fact]
    public async Task ImportToList_UnknownCampaign_FailsWith20113()
    {
        await using var emulator = await SeededAsync();

        var answer = await emulator.PostAsync(Import("Email Address", ["a@example.com"], campaign: "No such campaign"), _clock);

        answer.AssertMarketoFault(20113);
    }

    [Fact]
    public async Task ImportToList_TokenColumnWithoutCampaign_FailsWith20109AndWithItIsAccepted()
    {
        await using var emulator = await SeededAsync();

        var without = await emulator.PostAsync(Import("Email Address,{{my.seat}}", ["a@example.com,A1"]), _clock);
        var with = await emulator.PostAsync(Import("Email Address,{{my.seat}}", ["a@example.com,A1"], campaign: "Send seat confirmation"), _clock);

        without.AssertMarketoFault(20109);
        with.AssertSuccess();
    }

    [Fact]
    public async Task GetImportToListStatus_NothingImported_FailsWith20110()
    {
        await using var emulator = await SeededAsync();

        var answer = await emulator.PostFixtureAsync(Fixtures.Read("getImportToListStatus.request.php.xml"), _clock);

        answer.AssertMarketoFault(20110);
    }

    [Fact]
    public async Task GetImportToListStatus_UnknownList_FailsWith20111()
    {
        await using var emulator = await SeededAsync();

        var answer = await emulator.PostAsync(Status("Spring Webinar", "Attendees"), _clock);

        answer.AssertMarketoFault(20111);
    }

    [Fact]
    public async Task GetImportToListStatus_WithoutListName_FailsWith20109()
    {
        await using var emulator = await SeededAsync();

        var answer = await emulator.PostAsync(Status("Spring Webinar", null), _clock);

        answer.AssertMarketoFault(20109);
    }

    private async Task<MarketoSoapEmulator> SeededAsync()
    {
        var emulator = await TestEmulator.StartAsync(_clock);
        emulator.SeedFromFile(SeedPath("import-list.json"));
        return emulator;
    }

    private static XElement Import(string header, string[] rows, string mode = "UPSERTLEADS", bool clearList = false, string list = "Registrants", string? campaign = null) => new(
        Wire.Mktows + "paramsImportToList",
        new XElement("programName", "Spring Webinar"),
        new XElement("importFileHeader", header),
        new XElement("importFileRows", rows.Select(r => new XElement("stringItem", r))),
        new XElement("importListMode", mode),
        new XElement("listName", list),
        new XElement("clearList", clearList ? "true" : "false"),
        campaign is null
            ? new XElement("campaignName", new XAttribute(XNamespace.Xmlns + "xsi", Xsi), new XAttribute(Xsi + "nil", "true"))
            : new XElement("campaignName", campaign));

    private static XElement Status(string program, string? list) => new(
        Wire.Mktows + "paramsGetImportToListStatus",
        new XElement("programName", program),
        list is null ? null : new XElement("listName", list));

    private static bool IsNil(SoapAnswer answer, string name) =>
        (string?)answer.Xml.Descendants(name).Single().Attribute(Xsi + "nil") == "true";
}
