using System.Text.Json.Nodes;
using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests.Admin;

/// <summary>The admin HTTP API under /_emulator/, called over HTTP as a PHP or node test would.</summary>
public class AdminApiTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    private static string Seed(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Seeds", name));

    private Task<MarketoSoapEmulator> StartAsync(Action<MarketoSoapEmulatorOptions>? configure = null) =>
        TestEmulator.StartAsync(_clock, o =>
        {
            o.AdminApi = true;
            configure?.Invoke(o);
        });

    [Fact]
    public async Task Health_AnswersOkWithTheEndpointAndMode()
    {
        await using var emulator = await StartAsync(o => o.Strict = false);

        var health = (await emulator.GetAdminAsync("health")).AssertOk();

        Assert.Equal(("ok", emulator.Endpoint.AbsoluteUri, "lenient"), ((string?)health["status"], (string?)health["endpoint"], (string?)health["mode"]));
    }

    [Fact]
    public async Task AdminApi_OffByDefault_IsNotServed()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);

        var answer = await emulator.GetAdminAsync("health");

        Assert.Equal(404, answer.Status);
    }

    [Fact]
    public async Task Seed_ThenStore_ShowsTheSeededRecords()
    {
        await using var emulator = await StartAsync();

        (await emulator.PostAdminAsync("seed", Seed("program-and-custom-field.json"))).AssertOk();
        var programs = (await emulator.GetAdminAsync("store/programs")).AssertOk().AsArray();
        var store = (await emulator.GetAdminAsync("store")).AssertOk();

        Assert.Equal(1970, (int?)Assert.Single(programs)!["id"]);
        Assert.Equal("2026-05", (string?)programs[0]!["costs"]![0]!["month"]);
        Assert.Equal("integer", (string?)store["leadFields"]![0]!["dataType"]);
        Assert.Equal("10", (string?)store["leads"]![0]!["attributes"]!["Lead_Score__c"]);
    }

    [Fact]
    public async Task Store_ActivitiesCampaignRunsAndProgramTokens_AreReadable()
    {
        await using var emulator = await StartAsync();

        (await emulator.PostAdminAsync("seed", Seed("activities-and-campaign-runs.json"))).AssertOk();
        var activities = (await emulator.GetAdminAsync("store/activities")).AssertOk().AsArray();
        var runs = (await emulator.GetAdminAsync("store/campaignRuns")).AssertOk().AsArray();
        var programs = (await emulator.GetAdminAsync("store/programs")).AssertOk().AsArray();

        Assert.Equal(("Change Data Value", "New Value", "Ada"), ((string?)Assert.Single(activities)!["activityType"], (string?)activities[0]!["attributes"]![2]!["name"], (string?)activities[0]!["attributes"]![2]!["value"]));
        Assert.Equal("Hi", (string?)Assert.Single(runs)!["effectiveTokens"]!["{{my.message}}"]);
        Assert.Equal("Welcome", (string?)Assert.Single(programs)!["tokens"]!["{{my.message}}"]);
    }

    [Fact]
    public async Task Store_ReadBack_CanBeSeededIntoAnotherEmulator()
    {
        await using var first = await StartAsync(o => o.SeedFiles.Add(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Seeds", "sample-seed.json")));
        await using var second = await StartAsync();

        var store = (await first.GetAdminAsync("store")).Body;
        (await second.PostAdminAsync("seed", store)).AssertOk();

        Assert.Equal(first.Store.Leads.Select(l => (l.Id, l.Email)), second.Store.Leads.Select(l => (l.Id, l.Email)));
        Assert.Equal(first.Store.FindProgram(1970)!.Costs, second.Store.FindProgram(1970)!.Costs);
    }

    [Theory]
    [InlineData("{\"programz\": []}")]
    [InlineData("{ not json")]
    [InlineData("")]
    [InlineData("[]")]
    public async Task Seed_BadBody_Answers400Problem(string body)
    {
        await using var emulator = await StartAsync();

        var answer = await emulator.PostAdminAsync("seed", body);

        Assert.NotEmpty(answer.AssertProblem(400));
    }

    [Fact]
    public async Task Seed_TakenId_Answers400ProblemAndLeavesTheStore()
    {
        await using var emulator = await StartAsync();
        (await emulator.PostAdminAsync("seed", Seed("program-and-custom-field.json"))).AssertOk();

        var detail = (await emulator.PostAdminAsync("seed", Seed("taken-program-id.json"))).AssertProblem(400);

        Assert.Contains("1970", detail);
        Assert.Empty(emulator.Store.FindLeadsByEmail("grace@example.com"));
    }

    [Fact]
    public async Task Store_UnknownKind_Answers400Problem()
    {
        await using var emulator = await StartAsync();

        var detail = (await emulator.GetAdminAsync("store/campaignz")).AssertProblem(400);

        Assert.Contains("leads", detail);
    }

    [Fact]
    public async Task Reset_PutsTheStoreBackAsTheSeedFilesMadeIt()
    {
        await using var emulator = await StartAsync(o => o.SeedFiles.Add(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Seeds", "program-and-custom-field.json")));
        (await emulator.PostAdminAsync("seed", Seed("another-program.json"))).AssertOk();
        await emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(email: "new@example.com")), _clock);

        var store = (await emulator.PostAdminAsync("reset")).AssertOk();

        Assert.Equal(["ada@example.com"], store["leads"]!.AsArray().Select(l => (string?)l!["email"]));
        Assert.Equal([1970], store["programs"]!.AsArray().Select(p => (int?)p!["id"] ?? 0));
    }

    [Fact]
    public async Task Exchanges_ShowCallsRedactedAndCut()
    {
        await using var emulator = await StartAsync();
        await emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com")), _clock);

        var log = (await emulator.GetAdminAsync("exchanges?maxBodyChars=20000")).AssertOk();
        var cut = (await emulator.GetAdminAsync("exchanges?maxBodyChars=50")).AssertOk();

        var exchange = Assert.Single(log["exchanges"]!.AsArray())!;
        Assert.Equal(("syncMultipleLeads", 200, 1), ((string?)exchange["operation"], (int?)exchange["httpStatusCode"], (int?)exchange["recordCount"]));
        Assert.Contains("<requestSignature>REDACTED</requestSignature>", (string?)exchange["requestBody"]);
        Assert.Equal(50, ((string?)cut["exchanges"]![0]!["requestBody"])!.Length);
        Assert.True((bool?)cut["exchanges"]![0]!["bodiesCut"]);
    }

    [Fact]
    public async Task Exchanges_PastCapacity_KeepTheLatestAndCountTheDropped()
    {
        await using var emulator = await StartAsync(o => o.ExchangeLogCapacity = 2);
        for (var i = 0; i < 3; i++)
        {
            await emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com")), _clock);
        }

        var log = (await emulator.GetAdminAsync("exchanges")).AssertOk();

        Assert.Equal((2, 1L), ((int?)log["capacity"] ?? 0, (long?)log["dropped"] ?? 0));
        Assert.Equal([2, 3], log["exchanges"]!.AsArray().Select(e => (int?)e!["callNumber"] ?? 0));
    }

    [Theory]
    [InlineData("exchanges?last=abc", "last")]
    [InlineData("exchanges?maxBodyChars=-1", "maxBodyChars")]
    public async Task Exchanges_BadQuery_Answers400Problem(string route, string expected)
    {
        await using var emulator = await StartAsync();

        var detail = (await emulator.GetAdminAsync(route)).AssertProblem(400);

        Assert.Contains(expected, detail);
    }

    [Fact]
    public async Task DeleteExchanges_ClearsTheLog()
    {
        await using var emulator = await StartAsync();
        await emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com")), _clock);

        var answer = await emulator.DeleteAdminAsync("exchanges");

        Assert.Equal(204, answer.Status);
        Assert.Empty(emulator.Exchanges);
    }

    [Fact]
    public async Task Faults_MarketoFaultForOneOperation_AppliesToThatOperationOnly()
    {
        await using var emulator = await StartAsync();
        (await emulator.PostAdminAsync("faults", """{"kind": "marketoFault", "errorCode": 20023, "operation": "syncMObjects"}""")).AssertOk();

        var leads = await emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com")), _clock);
        var mObjects = await emulator.PostAsync(Wire.SyncMObjects("INSERT", Wire.MObject("Opportunity")), _clock);

        leads.AssertSuccess();
        mObjects.AssertMarketoFault(20023);
    }

    [Fact]
    public async Task Faults_ApplyFirst_ChangesTheStoreThenAnswersTheFault()
    {
        await using var emulator = await StartAsync();
        (await emulator.PostAdminAsync("faults", """{"kind": "marketoFault", "errorCode": 10001, "applyFirst": true}""")).AssertOk();

        var answer = await emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com")), _clock);

        answer.AssertMarketoFault(10001);
        Assert.Single(emulator.Store.FindLeadsByEmail("a@example.com"));
    }

    [Fact]
    public async Task Faults_HttpErrorForTwoCalls_ListedThenUsed()
    {
        await using var emulator = await StartAsync();
        (await emulator.PostAdminAsync("faults", """{"kind": "httpError", "status": 503, "count": 2}""")).AssertOk();

        var listed = (await emulator.GetAdminAsync("faults")).AssertOk().AsArray();
        var statuses = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com")), _clock)).Status);
        }

        Assert.Equal(2, (int?)Assert.Single(listed)!["remaining"]);
        Assert.Equal([503, 503, 200], statuses);
    }

    [Fact]
    public async Task Faults_Delete_RemovesEveryRule()
    {
        await using var emulator = await StartAsync();
        (await emulator.PostAdminAsync("faults", """{"kind": "dropConnection", "always": true}""")).AssertOk();

        Assert.Equal(204, (await emulator.DeleteAdminAsync("faults")).Status);

        Assert.Empty(emulator.Faults.Rules);
    }

    [Theory]
    [InlineData("""{"kind": "earthquake"}""", "earthquake")]
    [InlineData("""{"kind": "marketoFault"}""", "errorCode")]
    [InlineData("""{"kind": "httpError", "status": 200}""", "status")]
    [InlineData("""{"kind": "hold", "applyFirst": true}""", "Hold")]
    [InlineData("""{"kind": "dropConnection", "count": 0}""", "count")]
    [InlineData("""{"kind": "dropConnection", "count": 2, "always": true}""", "always")]
    [InlineData("""{"errorCode": 20023}""", "kind")]
    public async Task Faults_BadRequest_Answers400Problem(string body, string expected)
    {
        await using var emulator = await StartAsync();

        var detail = (await emulator.PostAdminAsync("faults", body)).AssertProblem(400);

        Assert.Contains(expected, detail, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(emulator.Faults.Rules);
    }

    [Fact]
    public async Task Limits_Changed_AreEnforcedOnTheNextCall()
    {
        await using var emulator = await StartAsync();

        var limits = (await emulator.SendAdminAsync(HttpMethod.Patch, "limits", """{"callsPer20Seconds": 1}""")).AssertOk();
        var first = await emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com")), _clock);
        var second = await emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com")), _clock);

        Assert.Equal((1, 10), ((int?)limits["callsPer20Seconds"] ?? 0, (int?)limits["maxConcurrentCalls"] ?? 0));
        first.AssertSuccess();
        second.AssertMarketoFault(20023);
    }

    [Fact]
    public async Task Limits_Read_ShowTheOptions()
    {
        await using var emulator = await StartAsync(o => o.DailyQuota = 42);

        var limits = (await emulator.GetAdminAsync("limits")).AssertOk();

        Assert.Equal((42, 900), ((int?)limits["dailyQuota"] ?? 0, (int?)limits["timestampToleranceSeconds"] ?? 0));
    }

    [Theory]
    [InlineData("""{"dailyQuota": 0}""")]
    [InlineData("""{"dailyQuota": "many"}""")]
    [InlineData("""{"perMinute": 5}""")]
    public async Task Limits_BadChange_Answers400ProblemAndKeepsTheLimits(string body)
    {
        await using var emulator = await StartAsync();

        (await emulator.SendAdminAsync(HttpMethod.Patch, "limits", body)).AssertProblem(400);

        Assert.Equal(10_000, (int?)(await emulator.GetAdminAsync("limits")).AssertOk()["dailyQuota"]);
    }

    [Fact]
    public async Task UnknownRoute_Answers404Problem()
    {
        await using var emulator = await StartAsync();

        var detail = (await emulator.GetAdminAsync("teleport")).AssertProblem(404);

        Assert.Contains("openapi.json", detail);
    }

    [Fact]
    public async Task OpenApiDocument_ListsEveryRoute()
    {
        await using var emulator = await StartAsync();

        var paths = (await emulator.GetAdminAsync("openapi.json")).AssertOk()["paths"]!.AsObject().Select(p => p.Key).ToHashSet();

        Assert.Superset(
            new HashSet<string> { "/_emulator/health", "/_emulator/store", "/_emulator/store/{kind}", "/_emulator/seed", "/_emulator/reset", "/_emulator/save", "/_emulator/exchanges", "/_emulator/faults", "/_emulator/faults/release", "/_emulator/limits" },
            paths);
    }

    [Fact]
    public async Task StateFolder_StoreSavedOnStopAndLoadedOnStart()
    {
        var folder = Directory.CreateTempSubdirectory("emulator-state-").FullName;
        try
        {
            await using (var first = await StartAsync(o => o.StateFolder = folder))
            {
                (await first.PostAdminAsync("seed", Seed("program-and-custom-field.json"))).AssertOk();
                await first.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(email: "new@example.com", attributes: ("Lead_Score__c", "3"))), _clock);
            }

            await using var second = await StartAsync(o => o.StateFolder = folder);

            Assert.Equal("3", Assert.Single(second.Store.FindLeadsByEmail("new@example.com")).Attributes["Lead_Score__c"]);
            Assert.Equal("integer", second.Store.CustomLeadFields["Lead_Score__c"]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
