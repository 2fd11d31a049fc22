using System.Text.Json.Nodes;
using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests.Admin;

/// <summary>The admin API's less travelled paths: strict mode, saving, cut bodies, holds, limits.</summary>
public class AdminApiEdgeTests
{
    // Only a safety net so that a call that is never released fails the test instead of hanging it.
    private static readonly TimeSpan NeverInATest = TimeSpan.FromSeconds(30);

    private static readonly System.Xml.Linq.XElement OneLead = Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com"));

    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    private Task<MarketoSoapEmulator> StartAsync(Action<MarketoSoapEmulatorOptions>? configure = null) =>
        TestEmulator.StartAsync(_clock, o =>
        {
            o.AdminApi = true;
            configure?.Invoke(o);
        });

    [Fact]
    public async Task Health_InStrictMode_SaysStrict()
    {
        await using var emulator = await StartAsync(o => o.Strict = true);

        var health = (await emulator.GetAdminAsync("health")).AssertOk();

        Assert.Equal("strict", (string?)health["mode"]);
    }

    [Fact]
    public async Task SeedSaveAndReset_EachWriteTheStateFolderAtOnce()
    {
        var folder = Directory.CreateTempSubdirectory("emulator-state-").FullName;
        var state = Path.Combine(folder, "store.json");
        try
        {
            await using var emulator = await StartAsync(o => o.StateFolder = folder);

            (await emulator.PostAdminAsync("seed", """{"leads": [{"email": "seeded@example.com"}]}""")).AssertOk();
            var afterSeed = Emails(state);
            emulator.Store.AddLead(new StoredLead { Email = "added@example.com" });
            Assert.Equal(204, (await emulator.PostAdminAsync("save")).Status);
            var afterSave = Emails(state);
            (await emulator.PostAdminAsync("reset")).AssertOk();
            var afterReset = Emails(state);

            Assert.Equal(["seeded@example.com"], afterSeed);
            Assert.Equal(["seeded@example.com", "added@example.com"], afterSave);
            Assert.Empty(afterReset);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("exchanges?last=2", new[] { 2, 3 })]
    [InlineData("exchanges?last=5", new[] { 1, 2, 3 })]
    [InlineData("exchanges?last=0", new int[0])]
    public async Task Exchanges_Last_ShowsTheLatestOldestFirst(string route, int[] expected)
    {
        await using var emulator = await StartAsync();
        for (var i = 0; i < 3; i++)
        {
            await emulator.PostAsync(OneLead, _clock);
        }

        var log = (await emulator.GetAdminAsync(route)).AssertOk();

        Assert.Equal(expected, log["exchanges"]!.AsArray().Select(e => (int?)e!["callNumber"] ?? 0));
    }

    [Fact]
    public async Task Exchanges_NothingCut_SaysSo()
    {
        await using var emulator = await StartAsync();
        await emulator.PostAsync(OneLead, _clock);

        var exchange = (await emulator.GetAdminAsync("exchanges?maxBodyChars=100000")).AssertOk()["exchanges"]![0]!;

        Assert.False((bool?)exchange["bodiesCut"]);
        Assert.Equal(emulator.Exchanges[0].ResponseBody, (string?)exchange["responseBody"]);
    }

    [Fact]
    public async Task Exchanges_OnlyTheRequestCutAndNoAnswer_SaysCut()
    {
        await using var emulator = await StartAsync();
        emulator.Faults.Inject(InjectedFault.DropConnection());
        await Assert.ThrowsAsync<HttpRequestException>(() => emulator.PostAsync(OneLead, _clock));

        var exchange = (await emulator.GetAdminAsync("exchanges?maxBodyChars=50")).AssertOk()["exchanges"]![0]!;

        Assert.Null(exchange["responseBody"]);
        Assert.True((bool?)exchange["bodiesCut"]);
    }

    [Fact]
    public async Task Exchanges_OnlyTheAnswerCut_SaysCut()
    {
        await using var emulator = await StartAsync();
        emulator.Faults.Inject(InjectedFault.HttpError(500, body: new string('x', 10_000)));
        await emulator.PostAsync(OneLead, _clock);
        var requestLength = emulator.Exchanges[0].RequestBody.Length;

        var exchange = (await emulator.GetAdminAsync("exchanges?maxBodyChars=5000")).AssertOk()["exchanges"]![0]!;

        Assert.True(requestLength < 5000, $"the request is {requestLength} characters");
        Assert.Equal((requestLength, 5000), (((string?)exchange["requestBody"])!.Length, ((string?)exchange["responseBody"])!.Length));
        Assert.True((bool?)exchange["bodiesCut"]);
    }

    [Fact]
    public async Task Faults_MarketoFaultWithoutApplyFirst_LeavesTheStore()
    {
        await using var emulator = await StartAsync();
        (await emulator.PostAdminAsync("faults", """{"kind": "marketoFault", "errorCode": 20011}""")).AssertOk();

        var answer = await emulator.PostAsync(OneLead, _clock);

        answer.AssertMarketoFault(20011);
        Assert.Empty(emulator.Store.Leads);
    }

    [Theory]
    [InlineData("""{"kind": "dropConnection", "count": 0}""")]
    [InlineData("""{"kind": "dropConnection", "count": -2, "operation": "syncMObjects"}""")]
    public async Task Faults_CountBelowOne_SaysHowManyAreNeeded(string body)
    {
        await using var emulator = await StartAsync();

        var detail = (await emulator.PostAdminAsync("faults", body)).AssertProblem(400);

        Assert.Contains("count must be at least 1", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Faults_HttpErrorWithAContentType_AnswersWithIt()
    {
        await using var emulator = await StartAsync();
        (await emulator.PostAdminAsync("faults", """{"kind": "httpError", "status": 502, "contentType": "application/json", "message": "{}"}""")).AssertOk();

        var answer = await emulator.PostAsync(OneLead, _clock);

        Assert.Equal((502, "application/json"), (answer.Status, answer.ContentType));
    }

    [Fact]
    public async Task Faults_Release_LetsTheHeldCallGoOnOnce()
    {
        await using var emulator = await StartAsync();
        var call = await CallHeldByAnAdminHoldAsync(emulator);

        var released = (await emulator.PostAdminAsync("faults/release")).AssertOk();
        var answer = await call.WaitAsync(NeverInATest);
        var releasedAgain = (await emulator.PostAdminAsync("faults/release")).AssertOk();

        answer.AssertSuccess();
        Assert.Equal((1, 0), ((int?)released["released"] ?? -1, (int?)releasedAgain["released"] ?? -1));
    }

    [Fact]
    public async Task Faults_Delete_LetsTheHeldCallGoOn()
    {
        await using var emulator = await StartAsync();
        var call = await CallHeldByAnAdminHoldAsync(emulator);

        Assert.Equal(204, (await emulator.DeleteAdminAsync("faults")).Status);

        (await call.WaitAsync(NeverInATest)).AssertSuccess();
    }

    [Fact]
    public async Task Limits_ChangedConcurrencyQuotaAndTolerance_AreShown()
    {
        await using var emulator = await StartAsync();

        var limits = (await emulator.SendAdminAsync(HttpMethod.Patch, "limits", """{"maxConcurrentCalls": 3, "dailyQuota": 77, "timestampToleranceSeconds": 60}""")).AssertOk();
        var read = (await emulator.GetAdminAsync("limits")).AssertOk();

        Assert.Equal((3, 77, 60), ((int?)limits["maxConcurrentCalls"] ?? 0, (int?)limits["dailyQuota"] ?? 0, (int?)limits["timestampToleranceSeconds"] ?? 0));
        Assert.Equal(limits.ToJsonString(), read.ToJsonString());
    }

    [Fact]
    public async Task Limits_ToleranceChanged_IsEnforcedOnTheNextCall()
    {
        await using var emulator = await StartAsync();
        (await emulator.SendAdminAsync(HttpMethod.Patch, "limits", """{"timestampToleranceSeconds": 60}""")).AssertOk();

        var header = RequestSigner.Header(emulator.UserId, emulator.EncryptionKey, RequestSigner.Timestamp(_clock.GetUtcNow().AddSeconds(-61)));
        var answer = await emulator.PostXmlAsync(RequestSigner.Envelope(header, OneLead).ToString(), EmulatorHttp.SoapActionOf(OneLead));

        answer.AssertMarketoFault(20016);
    }

    /// <summary>Adds a hold fault through the admin API and starts a call, returned once the call waits at the hold.</summary>
    private async Task<Task<SoapAnswer>> CallHeldByAnAdminHoldAsync(MarketoSoapEmulator emulator)
    {
        (await emulator.PostAdminAsync("faults", """{"kind": "hold"}""")).AssertOk();
        var gate = Assert.Single(emulator.Faults.Rules).Fault.Gate!;
        var call = emulator.PostAsync(OneLead, _clock);
        await gate.WaitForHeldCallsAsync(1).WaitAsync(NeverInATest);
        return call;
    }

    private static string[] Emails(string stateFile) =>
        [.. (JsonNode.Parse(File.ReadAllText(stateFile))!["leads"]?.AsArray() ?? new JsonArray()).Select(l => (string?)l!["email"] ?? string.Empty)];
}
