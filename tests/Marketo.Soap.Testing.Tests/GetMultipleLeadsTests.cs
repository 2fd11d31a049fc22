using System.Globalization;
using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests;

/// <summary>getMultipleLeads selectors and paging (operations facts §2.3, §2.4, §3.2), over HTTP.</summary>
public class GetMultipleLeadsTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    [Fact]
    public async Task TwoThousandFiveHundredLeads_BatchOf1000_PagesUntilRemainingIsZero()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var emails = Seed(emulator, 2500);
        var pages = new List<(int Returned, int Remaining, string Position)>();
        var seen = new List<string>();
        string? position = null;
        do
        {
            var answer = await emulator.PostAsync(Wire.GetMultipleLeads(Wire.UpdatedSelector(_clock.GetUtcNow().AddDays(-1)), position, 1000), _clock);
            answer.AssertSuccess();
            position = answer.Text("newStreamPosition");
            pages.Add((answer.Number("returnCount"), answer.Number("remainingCount"), position));
            seen.AddRange(answer.Xml.Descendants("Email").Select(e => e.Value));
        }
        while (pages[^1].Remaining > 0);

        Assert.Equal([(1000, 1500), (1000, 500), (500, 0)], pages.Select(p => (p.Returned, p.Remaining)));
        Assert.Equal(string.Empty, pages[^1].Position);
        Assert.Equal(emails, seen);
    }

    [Fact]
    public async Task SavedPosition_ResumedInALaterCall_ContinuesAndPicksUpNewLeadsAtTheEnd()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        Seed(emulator, 5);
        var first = await emulator.PostAsync(Wire.GetMultipleLeads(Wire.KeySelector("EMAIL", Emails(7)), batchSize: 3), _clock);
        var saved = first.Text("newStreamPosition");
        emulator.Store.AddLead(new StoredLead { Email = "lead6@example.com" });

        var resumed = await emulator.PostAsync(Wire.GetMultipleLeads(Wire.KeySelector("EMAIL", Emails(7)), saved, 3), _clock);

        Assert.Equal(["lead1@example.com", "lead2@example.com", "lead3@example.com"], first.Xml.Descendants("Email").Select(e => e.Value));
        Assert.Equal(["lead4@example.com", "lead5@example.com", "lead6@example.com"], resumed.Xml.Descendants("Email").Select(e => e.Value));
        Assert.Equal(0, resumed.Number("remainingCount"));
    }

    [Fact]
    public async Task PositionOfAClearedStore_FailsWith20122()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        Seed(emulator, 3);
        var first = await emulator.PostAsync(Wire.GetMultipleLeads(Wire.KeySelector("EMAIL", Emails(3)), batchSize: 1), _clock);
        emulator.Store.Clear();
        Seed(emulator, 3);

        var answer = await emulator.PostAsync(Wire.GetMultipleLeads(Wire.KeySelector("EMAIL", Emails(3)), first.Text("newStreamPosition"), 1), _clock);

        answer.AssertMarketoFault(20122);
    }

    [Fact]
    public async Task PositionOfAnotherSelector_FailsWith20122()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        Seed(emulator, 3);
        var first = await emulator.PostAsync(Wire.GetMultipleLeads(Wire.KeySelector("EMAIL", Emails(3)), batchSize: 1), _clock);

        var answer = await emulator.PostAsync(Wire.GetMultipleLeads(Wire.KeySelector("EMAIL", Emails(2)), first.Text("newStreamPosition"), 1), _clock);

        answer.AssertMarketoFault(20122);
    }

    [Fact]
    public async Task PositionNotHandedOut_FailsWith20122()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);

        var answer = await emulator.PostAsync(Wire.GetMultipleLeads(Wire.KeySelector("EMAIL", Emails(1)), "id:1:os:1"), _clock);

        answer.AssertMarketoFault(20122);
    }

    [Fact]
    public async Task PositionWithNothingLeft_FailsWith20123()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        Seed(emulator, 2);
        var selector = Wire.UpdatedSelector(_clock.GetUtcNow().AddDays(-1));
        var first = await emulator.PostAsync(Wire.GetMultipleLeads(selector, batchSize: 1), _clock);

        // The window closed at the first page, so a lead changed afterwards falls out of it.
        _clock.Advance(TimeSpan.FromMinutes(1));
        await emulator.PostAsync(Wire.SyncLead(Wire.Lead(email: "lead2@example.com", attributes: ("Company", "Acme")), returnLead: false), _clock);
        var answer = await emulator.PostAsync(Wire.GetMultipleLeads(selector, first.Text("newStreamPosition"), 1), _clock);

        Assert.Equal(1, first.Number("remainingCount"));
        answer.AssertMarketoFault(20123);
    }

    [Fact]
    public async Task KeySelectorOver100Keys_ExtraKeysAreIgnored()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        Seed(emulator, 150);

        var answer = await emulator.PostAsync(Wire.GetMultipleLeads(Wire.KeySelector("EMAIL", Emails(150))), _clock);

        Assert.Equal(100, answer.Number("returnCount"));
        Assert.Equal(0, answer.Number("remainingCount"));
    }

    [Fact]
    public async Task SelectorTypeUnderAnyPrefixOfTheMktowsNamespace_IsTheSameSelector()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        Seed(emulator, 2);

        var answer = await emulator.PostAsync(Wire.GetMultipleLeads(Wire.KeySelector("IDNUM", ["2"], prefix: "mkt")), _clock);

        Assert.Equal(["lead2@example.com"], answer.Xml.Descendants("Email").Select(e => e.Value));
        Assert.Empty(WsdlSchema.ValidateBody(answer.Xml));
    }

    [Fact]
    public async Task StaticListById_ReturnsItsMembers()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        Seed(emulator, 3);
        var list = emulator.Store.AddStaticList(new StoredStaticList { Name = "Program.Webinar", LeadIds = [3, 1] });

        var byId = await emulator.PostAsync(Wire.GetMultipleLeads(Wire.ListSelector(id: list.Id)), _clock);
        var byName = await emulator.PostAsync(Wire.GetMultipleLeads(Wire.ListSelector(name: "program.webinar")), _clock);

        Assert.Equal(["lead1@example.com", "lead3@example.com"], byId.Xml.Descendants("Email").Select(e => e.Value));
        Assert.Equal(["lead1@example.com", "lead3@example.com"], byName.Xml.Descendants("Email").Select(e => e.Value));
    }

    [Fact]
    public async Task UnknownStaticList_FailsWith20111()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);

        var answer = await emulator.PostAsync(Wire.GetMultipleLeads(Wire.ListSelector(id: 77)), _clock);

        answer.AssertMarketoFault(20111);
    }

    [Fact]
    public async Task UpdatedWindowOver30Days_FailsWith20022()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var now = _clock.GetUtcNow();

        var answer = await emulator.PostAsync(Wire.GetMultipleLeads(Wire.UpdatedSelector(now.AddDays(-31), now)), _clock);

        answer.AssertMarketoFault(20022);
    }

    [Fact]
    public async Task UpdatedWindow_ReturnsOnlyLeadsChangedInIt()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        Seed(emulator, 1);
        var since = _clock.GetUtcNow().AddSeconds(30);
        _clock.Advance(TimeSpan.FromMinutes(1));
        emulator.Store.AddLead(new StoredLead { Email = "late@example.com" });

        var answer = await emulator.PostAsync(Wire.GetMultipleLeads(Wire.UpdatedSelector(since)), _clock);

        Assert.Equal(["late@example.com"], answer.Xml.Descendants("Email").Select(e => e.Value));
    }

    [Fact]
    public async Task NoSelector_FailsWith20109()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);

        var answer = await emulator.PostAsync(Wire.GetMultipleLeads(null), _clock);

        answer.AssertMarketoFault(20109);
    }

    [Fact]
    public async Task IncludeAttributesWithoutEmail_LeavesEmailNilAndOnlyTheNamedFields()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Store.AddLead(new StoredLead { Email = "a@example.com", Attributes = new Dictionary<string, string> { ["Company"] = "Acme", ["City"] = "Oslo" } });

        var answer = await emulator.PostAsync(Wire.GetMultipleLeads(Wire.KeySelector("IDNUM", ["1"]), includeAttributes: "City"), _clock);

        var record = answer.Xml.Descendants("leadRecord").Single();
        Assert.Equal("true", (string?)record.Element("Email")!.Attribute(Wire.Xsi + "nil"));
        Assert.Equal(["City"], record.Descendants("attrName").Select(n => n.Value));
    }

    private static List<string> Seed(MarketoSoapEmulator emulator, int count)
    {
        var emails = Emails(count);
        foreach (var email in emails)
        {
            emulator.Store.AddLead(new StoredLead { Email = email });
        }

        return emails;
    }

    private static List<string> Emails(int count) => [.. Enumerable.Range(1, count).Select(i => string.Create(CultureInfo.InvariantCulture, $"lead{i}@example.com"))];
}
