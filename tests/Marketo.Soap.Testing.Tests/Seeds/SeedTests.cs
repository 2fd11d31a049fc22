using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests.Seeds;

/// <summary>Seed files and strings: what they put in the store, and what a bad one does.</summary>
public class SeedTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    private static string SeedPath(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Seeds", name);

    [Fact]
    public async Task SeedFromFile_StoresFieldsTagsLeadsAndPrograms()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);

        emulator.SeedFromFile(SeedPath("program-and-custom-field.json"));

        Assert.Equal("integer", emulator.Store.CustomLeadFields["Lead_Score__c"]);
        Assert.Equal(["EMEA"], emulator.Store.TagTypes["Region"]);
        Assert.Equal("10", emulator.Store.FindLead(7)!.Attributes["Lead_Score__c"]);
        var program = emulator.Store.FindProgram(1970)!;
        Assert.Equal((153, new DateOnly(2026, 5, 1), 1500m), (program.Costs[0].Id, program.Costs[0].Month, program.Costs[0].Amount));
        Assert.Equal("EMEA", program.Tags["Region"]);
    }

    [Fact]
    public async Task SeedFromFile_StoresStaticListsAndCampaigns()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);

        emulator.SeedFromFile(SeedPath("list-and-campaign.json"));

        var list = emulator.Store.FindStaticList(31)!;
        Assert.Equal("Webinar.Attendees", list.Name);
        Assert.Equal([5], list.LeadIds);
        var campaign = emulator.Store.FindCampaign(1204)!;
        Assert.Equal(("Welcome", "Onboarding", "MKTOWS"), (campaign.Name, campaign.ProgramName, Assert.Single(campaign.Sources)));
    }

    [Fact]
    public async Task DeclaredCustomField_IsAcceptedBySyncMultipleLeadsInStrictMode()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.SeedFromFile(SeedPath("program-and-custom-field.json"));

        var answer = await emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(email: "new@example.com", attributes: ("Lead_Score__c", "55"))), _clock);

        answer.AssertSuccess();
        Assert.Equal("55", Assert.Single(emulator.Store.FindLeadsByEmail("new@example.com")).Attributes["Lead_Score__c"]);
    }

    [Fact]
    public async Task UndeclaredCustomField_StillFailsWith20105()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.SeedFromFile(SeedPath("program-and-custom-field.json"));

        var answer = await emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(email: "new@example.com", attributes: ("Undeclared__c", "1"))), _clock);

        answer.AssertMarketoFault(20105);
    }

    [Fact]
    public async Task SeedFromFile_RecordThatCannotBeStored_LeavesTheStoreAsItWas()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.SeedFromFile(SeedPath("program-and-custom-field.json"));

        var error = Assert.Throws<ArgumentException>(() => emulator.SeedFromFile(SeedPath("taken-program-id.json")));

        Assert.Contains("programs[0]", error.Message);
        Assert.Empty(emulator.Store.FindLeadsByEmail("grace@example.com"));
        Assert.Equal("Spring", emulator.Store.FindProgram(1970)!.Name);
    }

    [Theory]
    [InlineData("{\"programz\": []}", "programz")]
    [InlineData("{\"leads\": [{\"email\": \"a@example.com\"}], ", "not valid")]
    [InlineData("{\"programs\": [{\"id\": 1, \"costs\": [{\"month\": \"May\", \"amount\": 1}]}]}", "yyyy-MM")]
    [InlineData("{\"leadFields\": [{\"name\": \"X__c\"}]}", "dataType")]
    [InlineData("null", "object")]
    public async Task SeedFromJson_Invalid_SaysWhatIsWrong(string json, string expected)
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);

        var error = Assert.Throws<ArgumentException>(() => emulator.SeedFromJson(json));

        Assert.Contains(expected, error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SeedFiles_AtStart_AreApplied()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock, o => o.SeedFiles.Add(SeedPath("sample-seed.json")));

        Assert.NotNull(emulator.Store.FindProgram(1970));
        Assert.Single(emulator.Store.OpportunityPersonRoles);
    }

    [Fact]
    public async Task SeedFiles_AtStartWithABadRecord_StartFailsNamingTheFile()
    {
        var start = TestEmulator.StartAsync(_clock, o =>
        {
            o.SeedFiles.Add(SeedPath("sample-seed.json"));
            o.SeedFiles.Add(SeedPath("taken-program-id.json"));
        });

        var error = await Assert.ThrowsAsync<ArgumentException>(() => start);

        Assert.Contains("taken-program-id.json", error.Message);
    }

    [Fact]
    public async Task SampleSeed_LetsTheSeedsPhpRecipeUpdateProgram1970sCost()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock, o => o.SeedFiles.Add(SeedPath("sample-seed.json")));

        var answer = await emulator.PostAsync(
            Wire.SyncMObjects("UPDATE", Wire.MObject("Program", id: 1970, typeAttribs: [Wire.TypeAttrib("Cost", ("Month", "2026-06"), ("Amount", "250"))])),
            _clock);

        answer.AssertSuccess();
        Assert.Equal("UPDATED", answer.MObjStatuses.Single().Element("status")?.Value);
        Assert.Contains(emulator.Store.FindProgram(1970)!.Costs, c => c.Month == new DateOnly(2026, 6, 1) && c.Amount == 250m);
    }

    [Fact]
    public async Task ResetStore_PutsTheStoreBackToItsSeeds()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock, o => o.SeedFiles.Add(SeedPath("sample-seed.json")));
        var seededLeads = emulator.Store.Leads;
        emulator.Store.AddLead(new StoredLead { Email = "extra@example.com" });
        emulator.Store.AddLeadField("Extra__c", "string");

        emulator.ResetStore();

        Assert.Equal(seededLeads.Select(l => (l.Id, l.Email)), emulator.Store.Leads.Select(l => (l.Id, l.Email)));
        Assert.False(emulator.Store.LeadFields.Contains("Extra__c"));
        Assert.NotNull(emulator.Store.FindProgram(1970));
    }
}
