using System.Globalization;
using System.Xml.Linq;
using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests;

/// <summary>The activity log and its two readers, getLeadActivity and getLeadChanges (operations facts §2.4, §3.3, §3.4), over HTTP.</summary>
public class LeadActivityTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    [Fact]
    public async Task SyncThenUpdate_GetLeadActivity_ShowsChangeDataValueThenNewLeadNewestFirst()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        await emulator.PostAsync(Wire.SyncLead(Wire.Lead(email: "a@example.com", attributes: ("Company", "Old")), returnLead: false), _clock);
        _clock.Advance(TimeSpan.FromMinutes(1));
        await emulator.PostAsync(Wire.SyncLead(Wire.Lead(email: "a@example.com", attributes: ("Company", "New")), returnLead: false), _clock);

        var answer = await emulator.PostAsync(Wire.GetLeadActivity("EMAIL", "a@example.com"), _clock);

        answer.AssertSuccess();
        var list = answer.Xml.Descendants(Wire.Mktows + "successGetLeadActivity").Single().Element("leadActivityList")!;
        Assert.Equal(["Change Data Value", "New Lead"], list.Descendants("activityType").Select(t => t.Value));
        var change = list.Descendants("activityRecord").First();
        Assert.Equal("Company", change.Element("mktgAssetName")!.Value);
        Assert.Equal(("Old", "New"), (Attribute(change, "Old Value"), Attribute(change, "New Value")));
        Assert.Equal("1", change.Element("mktPersonId")!.Value);
        Assert.Equal(0, answer.Number("remainingCount"));
        Assert.Empty(WsdlSchema.ValidateBody(answer.Xml));
    }

    [Fact]
    public async Task GetLeadActivity_IncludeTypes_ReturnsOnlyThoseTypes()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        await emulator.PostAsync(Wire.SyncLead(Wire.Lead(email: "a@example.com", attributes: ("Company", "Old")), returnLead: false), _clock);
        await emulator.PostAsync(Wire.SyncLead(Wire.Lead(email: "a@example.com", attributes: ("Company", "New")), returnLead: false), _clock);

        var answer = await emulator.PostAsync(Wire.GetLeadActivity("IDNUM", "1", includeTypes: "NewLead"), _clock);

        Assert.Equal(["New Lead"], answer.Xml.Descendants("activityType").Select(t => t.Value));
    }

    [Fact]
    public async Task GetLeadActivity_PagesOlderWithTheReturnedPositionThenFailsWith20123()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        await emulator.PostAsync(Wire.SyncLead(Wire.Lead(email: "a@example.com"), returnLead: false), _clock);
        for (var i = 0; i < 4; i++)
        {
            await emulator.PostAsync(Wire.SyncLead(Wire.Lead(email: "a@example.com", attributes: ("Company", "C" + i)), returnLead: false), _clock);
        }

        var first = await emulator.PostAsync(Wire.GetLeadActivity("IDNUM", "1", batchSize: 3), _clock);
        var second = await emulator.PostAsync(Wire.GetLeadActivity("IDNUM", "1", Wire.StartPosition(from: NewPosition(first)), 3), _clock);
        var past = await emulator.PostAsync(Wire.GetLeadActivity("IDNUM", "1", Wire.StartPosition(from: NewPosition(second)), 3), _clock);

        Assert.Equal((3, 2), (first.Number("returnCount"), first.Number("remainingCount")));
        Assert.Equal((2, 0), (second.Number("returnCount"), second.Number("remainingCount")));
        Assert.Equal(["5", "4", "3", "2", "1"], first.Xml.Descendants("activityRecord").Concat(second.Xml.Descendants("activityRecord")).Select(r => r.Element("id")!.Value));
        Assert.Equal("ID:3", NewPosition(first).Element("offset")!.Value);
        past.AssertMarketoFault(20123);
    }

    [Fact]
    public async Task GetLeadActivity_UnknownLead_FailsWith20103()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);

        var answer = await emulator.PostAsync(Wire.GetLeadActivity("IDNUM", "5"), _clock);

        answer.AssertMarketoFault(20103);
    }

    [Theory]
    [InlineData("ID:99")]
    [InlineData("garbage")]
    public async Task GetLeadActivity_OffsetNotHandedOut_FailsWith20122(string offset)
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        await emulator.PostAsync(Wire.SyncLead(Wire.Lead(email: "a@example.com"), returnLead: false), _clock);

        var answer = await emulator.PostAsync(Wire.GetLeadActivity("IDNUM", "1", Wire.StartPosition(offset: offset)), _clock);

        answer.AssertMarketoFault(20122);
    }

    [Fact]
    public async Task GetLeadChanges_OffsetFromBeforeAClear_FailsWith20122()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        await emulator.PostAsync(Wire.SyncLead(Wire.Lead(email: "a@example.com"), returnLead: false), _clock);
        emulator.Store.Clear();
        await emulator.PostAsync(Wire.SyncLead(Wire.Lead(email: "b@example.com"), returnLead: false), _clock);

        var answer = await emulator.PostAsync(Wire.GetLeadChanges(Wire.StartPosition(offset: "ID:1")), _clock);

        answer.AssertMarketoFault(20122);
    }

    [Fact]
    public async Task GetLeadChanges_AcrossLeadsOldestFirstFromTheStartTime()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        await emulator.PostAsync(Wire.SyncLead(Wire.Lead(email: "early@example.com"), returnLead: false), _clock);
        _clock.Advance(TimeSpan.FromHours(1));
        var since = _clock.GetUtcNow();
        await emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com"), Wire.Lead(email: "b@example.com")), _clock);
        await emulator.PostAsync(Wire.SyncLead(Wire.Lead(email: "a@example.com", attributes: ("City", "Oslo")), returnLead: false), _clock);

        var answer = await emulator.PostAsync(Wire.GetLeadChanges(Wire.StartPosition(oldestCreatedAt: since)), _clock);

        answer.AssertSuccess();
        Assert.Equal(
            [("New Lead", "2"), ("New Lead", "3"), ("Change Data Value", "2")],
            answer.Xml.Descendants("leadChangeRecord").Select(r => (r.Element("activityType")!.Value, r.Element("mktPersonId")!.Value)));
        Assert.Empty(answer.Xml.Descendants("campaign"));
        Assert.Empty(WsdlSchema.ValidateBody(answer.Xml));
    }

    [Fact]
    public async Task GetLeadChanges_ActivityNameFilterAndKeySelector_NarrowTheChanges()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        await emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com"), Wire.Lead(email: "b@example.com")), _clock);
        await emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com", attributes: ("City", "Oslo")), Wire.Lead(email: "b@example.com", attributes: ("City", "Rome"))), _clock);

        var answer = await emulator.PostAsync(Wire.GetLeadChanges(Wire.StartPosition(oldestCreatedAt: _clock.GetUtcNow().AddDays(-1)), selector: Wire.KeySelector("EMAIL", ["b@example.com"]), activityNames: "Change Data Value"), _clock);

        var record = Assert.Single(answer.Xml.Descendants("leadChangeRecord"));
        Assert.Equal("Rome", Attribute(record, "New Value"));
    }

    [Fact]
    public async Task GetLeadChanges_PagesAcrossManyChangesAndResumes()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        await emulator.PostAsync(Wire.SyncMultipleLeads([.. Enumerable.Range(1, 250).Select(i => Wire.Lead(email: string.Create(CultureInfo.InvariantCulture, $"l{i}@example.com")))]), _clock);
        var position = Wire.StartPosition(oldestCreatedAt: _clock.GetUtcNow().AddDays(-1));
        var ids = new List<string>();
        var remaining = new List<int>();
        do
        {
            var answer = await emulator.PostAsync(Wire.GetLeadChanges(position, batchSize: 100), _clock);
            answer.AssertSuccess();
            ids.AddRange(answer.Xml.Descendants("leadChangeRecord").Select(r => r.Element("mktPersonId")!.Value));
            remaining.Add(answer.Number("remainingCount"));
            position = Wire.StartPosition(from: NewPosition(answer));
        }
        while (remaining[^1] > 0);

        Assert.Equal([150, 50, 0], remaining);
        Assert.Equal(Enumerable.Range(1, 250).Select(i => i.ToString(CultureInfo.InvariantCulture)), ids);
    }

    [Fact]
    public async Task GetLeadChanges_KeySelectorOver100Keys_FailsWith20110()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);

        var answer = await emulator.PostAsync(Wire.GetLeadChanges(Wire.StartPosition(oldestCreatedAt: _clock.GetUtcNow()), selector: Wire.KeySelector("IDNUM", [.. Enumerable.Range(1, 101).Select(i => i.ToString(CultureInfo.InvariantCulture))])), _clock);

        answer.AssertMarketoFault(20110);
    }

    [Fact]
    public async Task ListChangesAndCampaignRequests_AreLoggedAsActivities()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        await emulator.PostAsync(Wire.SyncLead(Wire.Lead(email: "a@example.com"), returnLead: false), _clock);
        emulator.Store.AddStaticList(new StoredStaticList { Name = "Webinar" });
        var campaign = emulator.Store.AddCampaign(new StoredCampaign { Name = "Welcome", ProgramName = "Onboarding", Sources = ["MKTOWS"] });
        await emulator.PostAsync(Wire.ListOperation("ADDTOLIST", "Webinar", ["1"]), _clock);
        await emulator.PostAsync(Wire.ListOperation("REMOVEFROMLIST", "Webinar", ["1"]), _clock);
        await emulator.PostAsync(Wire.RequestCampaign("MKTOWS", campaignId: campaign.Id, leadIds: [1]), _clock);

        var answer = await emulator.PostAsync(Wire.GetLeadActivity("IDNUM", "1"), _clock);

        Assert.Equal(
            [("Request Campaign", "Welcome"), ("Remove from List", "Webinar"), ("Add to List", "Webinar"), ("New Lead", null)],
            answer.Xml.Descendants("activityRecord").Select(r => (r.Element("activityType")!.Value, r.Element("mktgAssetName")?.Value)));
    }

    private static XElement NewPosition(SoapAnswer answer) => answer.Xml.Descendants("newStartPosition").Single();

    private static string Attribute(XElement record, string name) =>
        record.Descendants("attribute").Single(a => a.Element("attrName")!.Value == name).Element("attrValue")!.Value;
}
