using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests;

/// <summary>getCampaignsForSource, requestCampaign and scheduleCampaign (operations facts §5.2–§5.4), over HTTP.</summary>
public class CampaignTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    [Fact]
    public async Task GetCampaignsForSource_ReturnsThatSourcesCampaignsContainingTheNameSortedByName()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        Seed(emulator);

        var answer = await emulator.PostAsync(Wire.GetCampaignsForSource("MKTOWS", "trigger", exactName: false), _clock);

        answer.AssertSuccess();
        Assert.Equal("2", answer.Xml.Descendants("returnCount").Single().Value);
        Assert.Equal(["Demo.A Trigger", "Demo.B Trigger"], answer.Xml.Descendants("name").Select(n => n.Value));
        Assert.Equal(string.Empty, answer.Xml.Descendants("description").First().Value);
        Assert.Empty(WsdlSchema.ValidateBody(answer.Xml));
    }

    [Fact]
    public async Task GetCampaignsForSource_ExactName_ReturnsOnlyThatName()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        Seed(emulator);

        var answer = await emulator.PostAsync(Wire.GetCampaignsForSource("MKTOWS", "Demo.B Trigger", exactName: true), _clock);

        Assert.Equal(["Demo.B Trigger"], answer.Xml.Descendants("name").Select(n => n.Value));
    }

    [Fact]
    public async Task RequestCampaignById_RecordsARunWithTheFirst100Leads()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var (trigger, _) = Seed(emulator);
        for (var i = 0; i < 120; i++)
        {
            emulator.Store.AddLead(new StoredLead());
        }

        var answer = await emulator.PostAsync(Wire.RequestCampaign("MKTOWS", campaignId: trigger.Id, leadIds: [.. Enumerable.Range(1, 120)]), _clock);

        answer.AssertSuccess();
        Assert.Equal("true", answer.Xml.Descendants("success").Single().Value);
        var run = Assert.Single(emulator.Store.CampaignRuns);
        Assert.Equal(trigger.Id, run.CampaignId);
        Assert.Equal(Enumerable.Range(1, 100), run.LeadIds);
    }

    [Fact]
    public async Task RequestCampaignByNames_RecordsTheTokens()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var (trigger, _) = Seed(emulator);
        emulator.Store.AddLead(new StoredLead());

        var answer = await emulator.PostAsync(Wire.RequestCampaign("MKTOWS", programName: "Demo", campaignName: trigger.Name, leadIds: [1], tokens: ("{{my.message}}", "Hi")), _clock);

        answer.AssertSuccess();
        Assert.Equal("Hi", Assert.Single(emulator.Store.CampaignRuns).Tokens["{{my.message}}"]);
    }

    [Fact]
    public async Task RequestCampaign_IdWithCampaignName_FailsWith20110()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var (trigger, _) = Seed(emulator);

        var answer = await emulator.PostAsync(Wire.RequestCampaign("MKTOWS", campaignId: trigger.Id, campaignName: trigger.Name), _clock);

        answer.AssertMarketoFault(20110);
        Assert.Empty(emulator.Store.CampaignRuns);
    }

    [Fact]
    public async Task RequestCampaign_UnknownOrNotRequestableFromTheSource_FailsWith20113()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var (trigger, batch) = Seed(emulator);

        var unknown = await emulator.PostAsync(Wire.RequestCampaign("MKTOWS", campaignId: 999), _clock);
        var otherSource = await emulator.PostAsync(Wire.RequestCampaign("SALES", campaignId: trigger.Id), _clock);
        var batchOne = await emulator.PostAsync(Wire.RequestCampaign("MKTOWS", campaignId: batch.Id), _clock);

        unknown.AssertMarketoFault(20113);
        otherSource.AssertMarketoFault(20113);
        batchOne.AssertMarketoFault(20113);
    }

    [Fact]
    public async Task ScheduleCampaign_RecordsTheRunTimeAndTokens()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var (_, batch) = Seed(emulator);
        var at = _clock.GetUtcNow().AddHours(2);

        var answer = await emulator.PostAsync(Wire.ScheduleCampaign("Demo", batch.Name, at, ("{{my.day}}", "Friday")), _clock);

        answer.AssertSuccess();
        var run = Assert.Single(emulator.Store.CampaignRuns);
        Assert.Equal((batch.Id, at, "Friday"), (run.CampaignId, run.RunAt, run.Tokens["{{my.day}}"]));
    }

    [Fact]
    public async Task ScheduleCampaign_UnknownCampaign_FailsWith20113()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        Seed(emulator);

        var answer = await emulator.PostAsync(Wire.ScheduleCampaign("Demo", "Nope", null), _clock);

        answer.AssertMarketoFault(20113);
    }

    [Fact]
    public async Task RequestCampaign_WithOverrides_RunUsesProgramTokensUnderTheOverridesAndLeavesTheProgramAsItWas()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var (trigger, _) = Seed(emulator);
        emulator.Store.AddLead(new StoredLead());
        var program = emulator.Store.AddProgram(new StoredProgram
        {
            Name = "Demo",
            Tokens = new Dictionary<string, string> { ["{{my.message}}"] = "Welcome", ["{{my.signature}}"] = "The team" },
        });

        var answer = await emulator.PostAsync(Wire.RequestCampaign("MKTOWS", programName: "Demo", campaignName: trigger.Name, leadIds: [1], tokens: ("{{my.message}}", "Hi")), _clock);

        answer.AssertSuccess();
        var run = Assert.Single(emulator.Store.CampaignRuns);
        Assert.Equal(
            new Dictionary<string, string> { ["{{my.message}}"] = "Hi", ["{{my.signature}}"] = "The team" },
            run.EffectiveTokens.OrderBy(t => t.Key, StringComparer.Ordinal).ToDictionary());
        Assert.Equal("Welcome", emulator.Store.FindProgram(program.Id)!.Tokens["{{my.message}}"]);
    }

    [Fact]
    public async Task ScheduleCampaign_WithoutOverrides_RunUsesTheProgramsOwnTokens()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var (_, batch) = Seed(emulator);
        emulator.Store.AddProgram(new StoredProgram { Name = "demo", Tokens = new Dictionary<string, string> { ["{{my.day}}"] = "Monday" } });

        var answer = await emulator.PostAsync(Wire.ScheduleCampaign("Demo", batch.Name, null), _clock);

        answer.AssertSuccess();
        var run = Assert.Single(emulator.Store.CampaignRuns);
        Assert.Empty(run.Tokens);
        Assert.Equal("Monday", Assert.Single(run.EffectiveTokens).Value);
    }

    private static (StoredCampaign Trigger, StoredCampaign Batch) Seed(MarketoSoapEmulator emulator)
    {
        var b = emulator.Store.AddCampaign(new StoredCampaign { Name = "Demo.B Trigger", ProgramName = "Demo", Sources = ["MKTOWS"] });
        emulator.Store.AddCampaign(new StoredCampaign { Name = "Demo.A Trigger", ProgramName = "Demo", Sources = ["MKTOWS", "SALES"] });
        emulator.Store.AddCampaign(new StoredCampaign { Name = "Sales Only", ProgramName = "Demo", Sources = ["SALES"] });
        var batch = emulator.Store.AddCampaign(new StoredCampaign { Name = "Weekly Batch", ProgramName = "Demo", Description = "Every Friday" });
        return (b, batch);
    }
}
