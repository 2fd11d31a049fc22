using System.Globalization;
using System.Xml.Linq;
using Marketo.Soap.Testing.Internal;
using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests;

/// <summary>
/// The edges of importToList's file (quoted values, trailing commas, token and unreadable headers),
/// of its summary, and of getImportToListStatus at the very end of an import.
/// </summary>
public class ImportFileEdgeTests
{
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    [Fact]
    public async Task QuotedValueWithACommaAndDoubledQuotes_BeforeTheEmailColumn_IsReadWhole()
    {
        await using var emulator = await SeededAsync(_clock);
        await emulator.PostAsync(Import("Last Name,Email Address", ["\"Lovelace, \"\"Countess\"\"\",ada@example.com"]), _clock);

        _clock.Advance(DoneAfter(1));

        Assert.Equal("Lovelace, \"Countess\"", emulator.Store.FindLead(5)!.Attributes["LastName"]);
        Assert.Equal([6, 5], emulator.Store.FindStaticList(31)!.LeadIds);
    }

    [Fact]
    public async Task RowEndingInAComma_HasAnEmptyLastValue()
    {
        await using var emulator = await SeededAsync(_clock);
        await emulator.PostAsync(Import("Email Address,First Name", ["new@example.com,"]), _clock);

        _clock.Advance(DoneAfter(1));
        var status = await emulator.PostAsync(Status(), _clock);

        Assert.Equal("1 rows imported, 0 failed, 0 ignored", status.Text("importSummary"));
        Assert.Single(emulator.Store.FindLeadsByEmail("new@example.com"));
    }

    [Fact]
    public async Task RowsWithTextAfterAClosingQuoteOrTooFewValues_FailWithTheirCountInTheSummary()
    {
        await using var emulator = await SeededAsync(_clock);
        await emulator.PostAsync(Import("Email Address,First Name", ["\"x@example.com\"y,Ex", "z@example.com"]), _clock);

        _clock.Advance(DoneAfter(2));
        var status = await emulator.PostAsync(Status(), _clock);

        Assert.Equal(
            "0 rows imported, 2 failed, 0 ignored; row 1: unreadable values for 2 columns; row 2: 1 values for 2 columns",
            status.Text("importSummary"));
        Assert.Empty(emulator.Store.FindLeadsByEmail("x@example.com"));
    }

    [Fact]
    public async Task TokenColumnInAnUpsert_IsNoLeadFieldAndTheOtherColumnsAreWritten()
    {
        await using var emulator = await SeededAsync(_clock);
        await emulator.PostAsync(Import("Email Address,{{my.seat}},First Name", ["ada@example.com,A1,Augusta"], campaign: "Send seat confirmation"), _clock);

        _clock.Advance(DoneAfter(1));
        var status = await emulator.PostAsync(Status(), _clock);

        Assert.Equal("COMPLETE", status.Text("status"));
        Assert.Equal(1, status.Number("rowsImported"));
        var ada = emulator.Store.FindLead(5)!;
        Assert.Equal("Augusta", ada.Attributes["FirstName"]);
        Assert.DoesNotContain(ada.Attributes.Keys, k => k.Contains("seat", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task HeaderWithAnOpenQuote_FailsTheImportAsUnreadable()
    {
        await using var emulator = await SeededAsync(_clock);
        await emulator.PostAsync(Import("\"Email Address", ["a@example.com"]), _clock);

        _clock.Advance(DoneAfter(1));
        var status = await emulator.PostAsync(Status(), _clock);

        Assert.Equal("FAILED", status.Text("status"));
        Assert.Equal("The header line is not readable as comma-separated names.", status.Text("importSummary"));
    }

    [Fact]
    public async Task StatusAskedAgainAfterTheImportEnded_DoesNotApplyTheFileAgain()
    {
        await using var emulator = await SeededAsync(_clock);
        await emulator.PostAsync(Import("Email Address,First Name", ["ada@example.com,Imported"]), _clock);
        _clock.Advance(DoneAfter(1) + TimeSpan.FromSeconds(1));
        (await emulator.PostAsync(Status(), _clock)).AssertSuccess();

        await emulator.PostAsync(Wire.SyncLead(Wire.Lead(id: 5, attributes: ("FirstName", "Later")), returnLead: false), _clock);
        await emulator.PostAsync(Wire.ListOperation("REMOVEFROMLIST", "Spring Webinar.Registrants", ["5"]), _clock);
        var again = await emulator.PostAsync(Status(), _clock);

        Assert.Equal("COMPLETE", again.Text("status"));
        Assert.Equal("Later", emulator.Store.FindLead(5)!.Attributes["FirstName"]);
        Assert.Equal([6], emulator.Store.FindStaticList(31)!.LeadIds);
    }

    [Fact]
    public async Task StatusAtTheExactEnd_BeforeTheTimerRan_IsComplete()
    {
        var clock = new TimersNeverFireClock(TestClock.Start);
        await using var emulator = await SeededAsync(clock);
        await emulator.PostAsync(Import("Email Address,First Name", ["ada@example.com,Imported"]), clock);

        clock.Now += DoneAfter(1);
        var status = await emulator.PostAsync(Status(), clock);

        Assert.Equal("COMPLETE", status.Text("status"));
        Assert.Equal(clock.Now, DateTimeOffset.Parse(status.Text("endedTime"), CultureInfo.InvariantCulture));
        Assert.Equal("Imported", emulator.Store.FindLead(5)!.Attributes["FirstName"]);
    }

    private static TimeSpan DoneAfter(int rows) => EmulatorDefaults.ImportQueueTime + (EmulatorDefaults.ImportTimePerRow * rows);

    private static async Task<MarketoSoapEmulator> SeededAsync(TimeProvider clock)
    {
        var emulator = await MarketoSoapEmulator.StartAsync(new MarketoSoapEmulatorOptions { TimeProvider = clock });
        emulator.SeedFromFile(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Seeds", "import-list.json"));
        return emulator;
    }

    private static XElement Import(string header, string[] rows, string? campaign = null) => new(
        Wire.Mktows + "paramsImportToList",
        new XElement("programName", "Spring Webinar"),
        new XElement("importFileHeader", header),
        new XElement("importFileRows", rows.Select(r => new XElement("stringItem", r))),
        new XElement("importListMode", "UPSERTLEADS"),
        new XElement("listName", "Registrants"),
        new XElement("clearList", "false"),
        campaign is null
            ? new XElement("campaignName", new XAttribute(XNamespace.Xmlns + "xsi", Xsi), new XAttribute(Xsi + "nil", "true"))
            : new XElement("campaignName", campaign));

    private static XElement Status() => new(
        Wire.Mktows + "paramsGetImportToListStatus",
        new XElement("programName", "Spring Webinar"),
        new XElement("listName", "Registrants"));

    /// <summary>A clock whose timers never fire: the state a getImportToListStatus call can meet when an import's timer is due but has not run yet.</summary>
    private sealed class TimersNeverFireClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) => new StoppedTimer();

        private sealed class StoppedTimer : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period) => true;

            public void Dispose()
            {
            }

            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }
}
