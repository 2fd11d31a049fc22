using System.Globalization;
using System.Xml.Linq;
using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests;

/// <summary>The edges of getMultipleLeads: window bounds, empty selections, blank and edited positions, attribute lists.</summary>
public class LeadSelectorEdgeTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    [Fact]
    public async Task UpdatedWindowOfExactly30Days_IsServed()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Store.AddLead(new StoredLead { Email = "a@example.com" });
        var now = _clock.GetUtcNow();

        var answer = await emulator.PostAsync(Wire.GetMultipleLeads(Wire.UpdatedSelector(now.AddDays(-30), now)), _clock);

        answer.AssertSuccess();
        Assert.Equal(1, answer.Number("returnCount"));
    }

    [Fact]
    public async Task UpdatedWindow_LeadUpdatedAtItsOldestInstant_IsIn()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var at = _clock.GetUtcNow();
        emulator.Store.AddLead(new StoredLead { Email = "a@example.com" });
        _clock.Advance(TimeSpan.FromMinutes(1));

        var answer = await emulator.PostAsync(Wire.GetMultipleLeads(Wire.UpdatedSelector(at)), _clock);

        Assert.Equal(["a@example.com"], answer.Xml.Descendants("Email").Select(e => e.Value));
    }

    [Fact]
    public async Task UpdatedWindowWithLatest_LeavesOutLeadsUpdatedAfterIt()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var start = _clock.GetUtcNow();
        emulator.Store.AddLead(new StoredLead { Email = "early@example.com" });
        _clock.Advance(TimeSpan.FromHours(1));
        emulator.Store.AddLead(new StoredLead { Email = "late@example.com" });

        var answer = await emulator.PostAsync(Wire.GetMultipleLeads(Wire.UpdatedSelector(start.AddMinutes(-1), start.AddMinutes(30))), _clock);

        Assert.Equal(["early@example.com"], answer.Xml.Descendants("Email").Select(e => e.Value));
    }

    [Fact]
    public async Task KeySelectorMatchingNoLead_AnswersAnEmptyPageAndNoPosition()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Store.AddLead(new StoredLead { Email = "a@example.com" });

        var answer = await emulator.PostAsync(Wire.GetMultipleLeads(Wire.KeySelector("EMAIL", ["nobody@example.com"])), _clock);

        answer.AssertSuccess();
        Assert.Equal((0, 0, string.Empty), (answer.Number("returnCount"), answer.Number("remainingCount"), answer.Text("newStreamPosition")));
    }

    [Fact]
    public async Task BlankStreamPosition_ReadsAsAbsent()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Store.AddLead(new StoredLead { Email = "a@example.com" });

        var request = Wire.GetMultipleLeads(Wire.KeySelector("EMAIL", ["a@example.com"]), string.Empty);

        // In CDATA, so that the blanks reach the operation rather than being dropped as insignificant whitespace.
        request.Element("streamPosition")!.Add(new XCData("  "));
        var answer = await emulator.PostAsync(request, _clock);

        answer.AssertSuccess();
        Assert.Equal(["a@example.com"], answer.Xml.Descendants("Email").Select(e => e.Value));
    }

    [Theory]
    [InlineData(0, "ix")]
    [InlineData(2, "tx")]
    public async Task HandedOutPositionWithALabelChanged_FailsWith20122(int part, string label)
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Store.AddLead(new StoredLead { Email = "a@example.com" });
        emulator.Store.AddLead(new StoredLead { Email = "b@example.com" });
        var selector = Wire.KeySelector("EMAIL", ["a@example.com", "b@example.com"]);
        var first = await emulator.PostAsync(Wire.GetMultipleLeads(selector, batchSize: 1), _clock);
        var parts = first.Text("newStreamPosition").Split(':');
        parts[part] = label;

        var answer = await emulator.PostAsync(Wire.GetMultipleLeads(selector, string.Join(':', parts), 1), _clock);

        answer.AssertMarketoFault(20122);
    }

    [Fact]
    public async Task PositionsOfAnUpdatedWindow_CarryItsStartAndTheLeadsReturnedSoFar()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        for (var i = 1; i <= 3; i++)
        {
            emulator.Store.AddLead(new StoredLead { Email = string.Create(CultureInfo.InvariantCulture, $"lead{i}@example.com") });
        }

        var oldest = _clock.GetUtcNow().AddDays(-1);
        var selector = Wire.UpdatedSelector(oldest);
        var first = await emulator.PostAsync(Wire.GetMultipleLeads(selector, batchSize: 1), _clock);
        var second = await emulator.PostAsync(Wire.GetMultipleLeads(selector, first.Text("newStreamPosition"), 1), _clock);

        var expectedStart = oldest.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        Assert.Equal((expectedStart, "1"), Fields(first.Text("newStreamPosition")));
        Assert.Equal((expectedStart, "2"), Fields(second.Text("newStreamPosition")));

        // The position reads as id:…:to:…:tl:…:os:…; the window start is "to" and the count so far "os".
        static (string To, string Os) Fields(string position)
        {
            var parts = position.Split(':');
            return (parts[Array.IndexOf(parts, "to") + 1], parts[Array.IndexOf(parts, "os") + 1]);
        }
    }

    [Fact]
    public async Task IncludeAttributesNamingOnlyEmail_AnswersANilAttributeList()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Store.AddLead(new StoredLead { Email = "a@example.com", Attributes = new Dictionary<string, string> { ["Company"] = "Acme" } });

        var answer = await emulator.PostAsync(Wire.GetMultipleLeads(Wire.KeySelector("IDNUM", ["1"]), includeAttributes: "Email"), _clock);

        var record = answer.Xml.Descendants("leadRecord").Single();
        Assert.Equal("a@example.com", record.Element("Email")!.Value);
        Assert.Equal("true", (string?)record.Element("leadAttributeList")!.Attribute(Wire.Xsi + "nil"));
        Assert.Empty(WsdlSchema.ValidateBody(answer.Xml));
    }
}
