using Marketo.Soap.Models;
using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests.EndToEnd;

/// <summary>The client's import and metadata operations against the emulator, over real HTTP; the import on one fake clock shared by both.</summary>
public class ClientImportAndMetadataTests
{
    private static string SeedPath(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Seeds", name);

    [Fact]
    public async Task ImportThenWait_OnOneFakeClock_FollowsTheImportToCompletionAndTheListHoldsTheLeads()
    {
        var clock = new WatchedClock();
        await using var emulator = await TestEmulator.StartAsync(clock);
        emulator.SeedFromFile(SeedPath("import-list.json"));
        using var client = new MarketoSoapClient(emulator.CreateClientOptions().WithoutRetries(), timeProvider: clock);
        var list = new GetImportToListStatusRequest { ProgramName = "Spring Webinar", ListName = "Registrants" };

        var started = await client.ImportToListAsync(new ImportToListRequest
        {
            ProgramName = "Spring Webinar",
            ListName = "Registrants",
            Columns = ["Email Address", "First Name", "Company Name"],
            Rows = [["ada@example.com", "Ada", "Analytical Engines, Ltd."], ["grace@example.com", "Grace", "Harvard"], ["not-an-email", "Nobody", "Acme"]],
        });
        var wait = client.WaitForImportToListAsync(list);
        await clock.WaitForTimerAsync(TimeSpan.FromMinutes(1));
        clock.Advance(TimeSpan.FromMinutes(1));
        var done = await wait;

        Assert.Equal(ImportToListStatus.Processing, started.Status);
        Assert.Equal(ImportToListStatus.Complete, done.Status);
        Assert.Equal((3, 2, 1, 0), (done.EstimatedRows, done.RowsImported, done.RowsFailed, done.RowsIgnored));
        Assert.Equal(TestClock.Start + TimeSpan.FromSeconds(5), done.StartedAt);
        Assert.Contains("row 3", done.ImportSummary, StringComparison.Ordinal);
        var grace = Assert.Single(emulator.Store.FindLeadsByEmail("grace@example.com"));
        Assert.Equal([6, 5, grace.Id], emulator.Store.FindStaticList(31)!.LeadIds);
        Assert.Equal("Analytical Engines, Ltd.", emulator.Store.FindLead(5)!.Attributes["Company"]);
        Assert.Equal(["importToList", "getImportToListStatus", "getImportToListStatus"], emulator.Exchanges.Select(e => e.Operation));
    }

    [Fact]
    public async Task ImportThenWait_HeaderWithApiNames_ThrowsFailedWithTheEmulatorsSummary()
    {
        var clock = new WatchedClock();
        await using var emulator = await TestEmulator.StartAsync(clock);
        emulator.SeedFromFile(SeedPath("import-list.json"));
        using var client = new MarketoSoapClient(emulator.CreateClientOptions().WithoutRetries(), timeProvider: clock);

        await client.ImportToListAsync(new ImportToListRequest { ProgramName = "Spring Webinar", ListName = "Registrants", Columns = ["Email"], Rows = [["ada@example.com"]] });
        var wait = client.WaitForImportToListAsync(new GetImportToListStatusRequest { ProgramName = "Spring Webinar", ListName = "Registrants" });
        await clock.WaitForTimerAsync(TimeSpan.FromMinutes(1));
        clock.Advance(TimeSpan.FromMinutes(1));

        var failure = await Assert.ThrowsAsync<MarketoImportToListException>(() => wait);
        Assert.Equal(ImportToListWaitOutcome.Failed, failure.Outcome);
        Assert.Contains("Unknown columns: Email", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportToListAsync_UnknownList_ThrowsTheListNotFoundFault()
    {
        await using var emulator = await MarketoSoapEmulator.StartAsync(new MarketoSoapEmulatorOptions());
        using var client = new MarketoSoapClient(emulator.CreateClientOptions().WithoutRetries());

        var fault = await Assert.ThrowsAsync<MarketoSoapException>(() => client.ImportToListAsync(new ImportToListRequest { ProgramName = "Spring Webinar", ListName = "Registrants", Columns = ["Email Address"], Rows = [["ada@example.com"]] }));

        Assert.Equal(20111, fault.ErrorCode?.Value);
    }

    [Fact]
    public async Task GetChannelsAndGetTagsAsync_SeededStore_ReadTheChannelsStatusesAndTheTagTypes()
    {
        await using var emulator = await MarketoSoapEmulator.StartAsync(new MarketoSoapEmulatorOptions());
        emulator.SeedFromFile(SeedPath("channels-and-tags.json"));
        using var client = new MarketoSoapClient(emulator.CreateClientOptions().WithoutRetries());

        var channels = await client.GetChannelsAsync(new GetChannelsRequest { Channels = ["Webinar"] });
        var tags = await client.GetTagsAsync(new GetTagsRequest());

        var webinar = Assert.Single(channels.Channels);
        Assert.Equal(
            [("Attended", (int?)70, (bool?)true), ("Invited", 10, false), ("Registered", 40, false)],
            webinar.Statuses.Select(s => (s.Name, s.Step, s.Success)));
        Assert.Contains(new ChannelStatusAttribute("Webinar Behavior", "Registered"), webinar.Statuses[2].Attributes);
        var region = Assert.Single(tags.TagTypes);
        Assert.Equal("Region", region.Type);
        Assert.Equal(["AMER", "EMEA"], region.Values);
    }
}
