using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests.Store;

/// <summary>A stream position handed out after a Clear is good for the cleared store's next page.</summary>
public class PagingAfterClearTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task GetMultipleLeads_PositionFromAfterClear_GivesTheNextPage(int clears)
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        for (var i = 0; i < clears; i++)
        {
            emulator.Store.Clear();
        }

        emulator.Store.AddLead(new StoredLead { Email = "a@example.com" });
        emulator.Store.AddLead(new StoredLead { Email = "b@example.com" });
        var selector = Wire.KeySelector("EMAIL", ["a@example.com", "b@example.com"]);

        var first = await emulator.PostAsync(Wire.GetMultipleLeads(selector, batchSize: 1), _clock);
        var second = await emulator.PostAsync(Wire.GetMultipleLeads(Wire.KeySelector("EMAIL", ["a@example.com", "b@example.com"]), first.Text("newStreamPosition"), 1), _clock);

        second.AssertSuccess();
        Assert.Equal(["b@example.com"], second.Xml.Descendants("Email").Select(e => e.Value));
    }

    [Fact]
    public async Task GetMObjects_PositionFromAfterClear_GivesTheNextPage()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Store.Clear();
        for (var i = 0; i < 150; i++)
        {
            emulator.Store.AddOpportunity(new StoredOpportunity());
        }

        var first = await emulator.PostAsync(GetOpportunities(null), _clock);
        var second = await emulator.PostAsync(GetOpportunities(first.Text("newStreamPosition")), _clock);

        second.AssertSuccess();
        Assert.Equal((100, 50), (first.Xml.Descendants("mObject").Count(), second.Xml.Descendants("mObject").Count()));
    }

    private static System.Xml.Linq.XElement GetOpportunities(string? streamPosition) => new(
        Wire.Mktows + "paramsGetMObjects",
        new System.Xml.Linq.XElement("type", "Opportunity"),
        streamPosition is null ? null : new System.Xml.Linq.XElement("streamPosition", streamPosition));
}
