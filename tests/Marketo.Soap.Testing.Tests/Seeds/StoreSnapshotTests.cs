using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests.Seeds;

/// <summary>
/// The store as a seed and as a state folder keeps it: the activity log, campaign runs and program
/// tokens go out and come back, so getLeadActivity and getLeadChanges answer the same after a restart.
/// </summary>
public class StoreSnapshotTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    private static string SeedPath(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Seeds", name);

    [Fact]
    public async Task StateFolder_ActivityLogCampaignRunsAndTokens_SurviveARestart()
    {
        var folder = Directory.CreateTempSubdirectory("emulator-state-").FullName;
        try
        {
            List<string> activities, runs;
            await using (var first = await TestEmulator.StartAsync(_clock, o => o.StateFolder = folder))
            {
                first.SeedFromFile(SeedPath("list-and-campaign.json"));
                first.Store.AddProgram(new StoredProgram { Name = "Onboarding", Tokens = new Dictionary<string, string> { ["{{my.message}}"] = "Welcome" } });
                (await first.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(email: "new@example.com", attributes: ("FirstName", "Ada"))), _clock)).AssertSuccess();
                (await first.PostAsync(Wire.RequestCampaign("MKTOWS", campaignId: 1204, leadIds: [5]), _clock)).AssertSuccess();
                (await first.PostAsync(Wire.ScheduleCampaign("Onboarding", "Welcome", _clock.GetUtcNow().AddDays(1), ("{{my.message}}", "Soon")), _clock)).AssertSuccess();
                activities = Describe(first.Store.Activities.All);
                runs = Describe(first.Store.CampaignRuns);
            }

            await using var second = await TestEmulator.StartAsync(_clock, o => o.StateFolder = folder);

            Assert.NotEmpty(activities);
            Assert.Equal(2, runs.Count);
            Assert.Equal(activities, Describe(second.Store.Activities.All));
            Assert.Equal(runs, Describe(second.Store.CampaignRuns));
            Assert.Equal("Welcome", Assert.Single(second.Store.Programs).Tokens["{{my.message}}"]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task StateFolder_AfterARestart_NewActivitiesTakeIdsAfterTheLoadedOnes()
    {
        var folder = Directory.CreateTempSubdirectory("emulator-state-").FullName;
        try
        {
            int lastBefore;
            await using (var first = await TestEmulator.StartAsync(_clock, o => o.StateFolder = folder))
            {
                (await first.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com")), _clock)).AssertSuccess();
                lastBefore = first.Store.Activities.All[^1].Id;
            }

            await using var second = await TestEmulator.StartAsync(_clock, o => o.StateFolder = folder);
            (await second.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(email: "b@example.com")), _clock)).AssertSuccess();

            Assert.True(second.Store.Activities.All[^1].Id > lastBefore);
            Assert.Equal(second.Store.Activities.All.Select(a => a.Id).Distinct().Count(), second.Store.Activities.All.Count);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task SeedFromFile_ActivitiesAndCampaignRuns_AreStoredAndReadByGetLeadActivity()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);

        emulator.SeedFromFile(SeedPath("activities-and-campaign-runs.json"));
        var answer = await emulator.PostAsync(Wire.GetLeadActivity("IDNUM", "5"), _clock);

        answer.AssertSuccess();
        var record = Assert.Single(answer.Xml.Descendants("activityRecord"));
        Assert.Equal(("900", "Change Data Value", "First Name"), (record.Element("id")!.Value, record.Element("activityType")!.Value, record.Element("mktgAssetName")!.Value));
        var run = Assert.Single(emulator.Store.CampaignRuns);
        Assert.Equal((1204, "requestCampaign", 5, "Hi"), (run.CampaignId, run.Operation, Assert.Single(run.LeadIds), run.EffectiveTokens["{{my.message}}"]));
        Assert.Equal("Welcome", emulator.Store.FindProgram(1001)!.Tokens["{{my.message}}"]);
    }

    [Fact]
    public async Task SeedFromFile_ActivityIdTaken_FailsAndLeavesTheStoreAsItWas()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.SeedFromFile(SeedPath("activities-and-campaign-runs.json"));

        var error = Assert.Throws<ArgumentException>(() => emulator.SeedFromFile(SeedPath("activity-taken-id.json")));

        Assert.Contains("activities[0]", error.Message, StringComparison.Ordinal);
        Assert.Equal(900, Assert.Single(emulator.Store.Activities.All).Id);
        Assert.Null(emulator.Store.FindLead(6));
        Assert.Single(emulator.Store.CampaignRuns);
    }

    [Fact]
    public async Task SeedFromFile_CampaignRunOfAnUnknownCampaign_Fails()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);

        var error = Assert.Throws<ArgumentException>(() => emulator.SeedFromFile(SeedPath("campaign-run-unknown-campaign.json")));

        Assert.Contains("campaignRuns[0]", error.Message, StringComparison.Ordinal);
        Assert.Empty(emulator.Store.CampaignRuns);
    }

    [Fact]
    public async Task SeedFromFile_ProgramTokenNotNamedInBraces_Fails()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);

        var error = Assert.Throws<ArgumentException>(() => emulator.SeedFromFile(SeedPath("program-token-without-braces.json")));

        Assert.Contains("my.city", error.Message, StringComparison.Ordinal);
        Assert.Empty(emulator.Store.Programs);
    }

    private static List<string> Describe(IEnumerable<StoredActivity> activities) =>
        [.. activities.Select(a => $"{a.Id} {a.LeadId} {a.CreatedAt:O} {a.ActivityType} {a.AssetName} {string.Join(";", a.Attributes.Select(p => $"{p.Name}={p.Value}"))}")];

    private static List<string> Describe(IEnumerable<StoredCampaignRun> runs) =>
        [.. runs.Select(r => $"{r.CampaignId} {r.Operation} {r.Source} {string.Join(",", r.LeadIds)} {Tokens(r.Tokens)} {Tokens(r.EffectiveTokens)} {r.RequestedAt:O} {r.RunAt:O}")];

    private static string Tokens(IReadOnlyDictionary<string, string> tokens) =>
        string.Join(";", tokens.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key}={t.Value}"));
}
