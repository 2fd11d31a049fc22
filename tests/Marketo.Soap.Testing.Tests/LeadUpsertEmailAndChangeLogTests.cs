using System.Xml.Linq;
using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests;

/// <summary>How an upsert treats the Email attribute and which Change Data Value activities it logs, in which order.</summary>
public class LeadUpsertEmailAndChangeLogTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    [Fact]
    public async Task NewLead_WithAnEmailAttributeBesideTheEmailKey_IsStoredUnderTheAttribute()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);

        var answer = await emulator.PostAsync(Wire.SyncLead(Wire.Lead(email: "key@example.com", attributes: ("Email", "attr@example.com")), returnLead: false), _clock);

        answer.AssertSuccess();
        Assert.Equal(["attr@example.com"], emulator.Store.Leads.Select(l => l.Email));
    }

    [Fact]
    public async Task Update_OfSeveralFields_LogsOneChangePerFieldInNameOrder()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        await emulator.PostAsync(Wire.SyncLead(Wire.Lead(email: "a@example.com"), returnLead: false), _clock);
        var since = _clock.GetUtcNow();

        await emulator.PostAsync(Wire.SyncLead(Wire.Lead(email: "a@example.com", attributes: [("LastName", "Lovelace"), ("City", "London"), ("Company", "Engines")]), returnLead: false), _clock);

        Assert.Equal(["City", "Company", "LastName"], ChangedFields(await ChangesAsync(emulator, since)));
    }

    [Fact]
    public async Task Update_OfTheEmailAttribute_LogsTheEmailChangeFirstWithOldAndNewAddress()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        await emulator.PostAsync(Wire.SyncLead(Wire.Lead(email: "old@example.com"), returnLead: false), _clock);
        var since = _clock.GetUtcNow();

        await emulator.PostAsync(Wire.SyncLead(Wire.Lead(id: 1, attributes: [("Email", "new@example.com"), ("City", "Oslo")]), returnLead: false), _clock);

        var changes = await ChangesAsync(emulator, since);
        Assert.Equal(["Email", "City"], ChangedFields(changes));
        var email = changes.First();
        Assert.Equal(("old@example.com", "new@example.com"), (Attribute(email, "Old Value"), Attribute(email, "New Value")));
        Assert.Equal("new@example.com", emulator.Store.FindLead(1)!.Email);
    }

    private async Task<List<XElement>> ChangesAsync(MarketoSoapEmulator emulator, DateTimeOffset since)
    {
        var answer = await emulator.PostAsync(Wire.GetLeadChanges(Wire.StartPosition(oldestCreatedAt: since), activityNames: "Change Data Value"), _clock);
        answer.AssertSuccess();
        return [.. answer.Xml.Descendants("leadChangeRecord")];
    }

    private static List<string> ChangedFields(IEnumerable<XElement> changes) => [.. changes.Select(c => Attribute(c, "Attribute Name"))];

    private static string Attribute(XElement record, string name) =>
        record.Descendants("attribute").Single(a => a.Element("attrName")!.Value == name).Element("attrValue")!.Value;
}
