using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests;

/// <summary>The edges of getLeadActivity and getLeadChanges: empty pages, batch sizes, windows, filters and selector sizes.</summary>
public class ActivityReadingEdgeTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    [Fact]
    public async Task GetLeadActivity_NothingPassesTheFilter_AnswersAnEmptyPageWithANilOffset()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        await emulator.PostAsync(Wire.SyncLead(Wire.Lead(email: "a@example.com"), returnLead: false), _clock);

        var answer = await emulator.PostAsync(Wire.GetLeadActivity("IDNUM", "1", includeTypes: "MergeLeads"), _clock);

        answer.AssertSuccess();
        Assert.Equal((0, 0), (answer.Number("returnCount"), answer.Number("remainingCount")));
        Assert.Equal("true", (string?)answer.Xml.Descendants("newStartPosition").Single().Element("offset")!.Attribute(Wire.Xsi + "nil"));
        Assert.Empty(WsdlSchema.ValidateBody(answer.Xml));
    }

    [Fact]
    public async Task GetLeadActivity_BatchSizeOne_IsServedAndBatchSizeZero_FailsWith20110()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        await emulator.PostAsync(Wire.SyncLead(Wire.Lead(email: "a@example.com", attributes: ("Company", "Old")), returnLead: false), _clock);
        await emulator.PostAsync(Wire.SyncLead(Wire.Lead(email: "a@example.com", attributes: ("Company", "New")), returnLead: false), _clock);

        var one = await emulator.PostAsync(Wire.GetLeadActivity("IDNUM", "1", batchSize: 1), _clock);
        var zero = await emulator.PostAsync(Wire.GetLeadActivity("IDNUM", "1", batchSize: 0), _clock);

        one.AssertSuccess();
        Assert.Equal((1, 1), (one.Number("returnCount"), one.Number("remainingCount")));
        zero.AssertMarketoFault(20110);
    }

    [Fact]
    public async Task GetLeadActivity_OtherLeadsActivities_AreLeftOut()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        await emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com"), Wire.Lead(email: "b@example.com")), _clock);

        var answer = await emulator.PostAsync(Wire.GetLeadActivity("IDNUM", "2"), _clock);

        Assert.Equal(["2"], answer.Xml.Descendants("activityRecord").Select(r => r.Element("mktPersonId")!.Value));
    }

    [Fact]
    public async Task GetLeadActivity_ExcludeTypes_LeavesThoseTypesOut()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        await emulator.PostAsync(Wire.SyncLead(Wire.Lead(email: "a@example.com", attributes: ("Company", "Old")), returnLead: false), _clock);
        await emulator.PostAsync(Wire.SyncLead(Wire.Lead(email: "a@example.com", attributes: ("Company", "New")), returnLead: false), _clock);
        var request = Wire.GetLeadActivity("IDNUM", "1");
        request.Element("leadKey")!.AddAfterSelf(new XElement("activityFilter", new XElement("excludeTypes", new XElement("activityType", "NewLead"))));

        var answer = await emulator.PostAsync(request, _clock);

        answer.AssertSuccess();
        Assert.Equal(["Change Data Value"], answer.Xml.Descendants("activityType").Select(t => t.Value));
    }

    [Fact]
    public async Task GetLeadActivity_EmptyOffsetElement_ReadsAsAbsent()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        await emulator.PostAsync(Wire.SyncLead(Wire.Lead(email: "a@example.com"), returnLead: false), _clock);

        var answer = await emulator.PostAsync(Wire.GetLeadActivity("IDNUM", "1", Wire.StartPosition(offset: " ")), _clock);

        answer.AssertSuccess();
        Assert.Equal(["New Lead"], answer.Xml.Descendants("activityType").Select(t => t.Value));
    }

    [Fact]
    public async Task GetLeadChanges_LatestCreatedAt_EndsTheWindowAndIncludesItsOwnInstant()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var first = _clock.GetUtcNow();
        await emulator.PostAsync(Wire.SyncLead(Wire.Lead(email: "a@example.com"), returnLead: false), _clock);
        _clock.Advance(TimeSpan.FromHours(1));
        await emulator.PostAsync(Wire.SyncLead(Wire.Lead(email: "b@example.com"), returnLead: false), _clock);
        var window = new XElement(
            "startPosition",
            new XElement("latestCreatedAt", XmlConvert.ToString(first)),
            new XElement("oldestCreatedAt", XmlConvert.ToString(first.AddDays(-1))));

        var answer = await emulator.PostAsync(Wire.GetLeadChanges(window), _clock);

        answer.AssertSuccess();
        Assert.Equal(["1"], answer.Xml.Descendants("leadChangeRecord").Select(r => r.Element("mktPersonId")!.Value));
    }

    [Fact]
    public async Task GetLeadChanges_KeySelectorOfExactly100Keys_IsServed()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        await emulator.PostAsync(Wire.SyncLead(Wire.Lead(email: "a@example.com"), returnLead: false), _clock);
        var keys = Enumerable.Range(1, 100).Select(i => i.ToString(CultureInfo.InvariantCulture));

        var answer = await emulator.PostAsync(Wire.GetLeadChanges(Wire.StartPosition(oldestCreatedAt: _clock.GetUtcNow().AddDays(-1)), selector: Wire.KeySelector("IDNUM", keys)), _clock);

        answer.AssertSuccess();
        Assert.Equal(1, answer.Number("returnCount"));
    }
}
