using Marketo.Soap.Testing.Tests.TestSupport;
using static Marketo.Soap.Testing.Tests.TestSupport.MObjectQuery;

namespace Marketo.Soap.Testing.Tests;

/// <summary>getMObjects criteria (operations facts §6.1): each comparison at its boundary, missing values, and tag criteria.</summary>
public class GetMObjectsCriteriaTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    /// <summary>Three opportunities, ids 1 to 3, compared with the middle one.</summary>
    [Theory]
    [InlineData("EQ", new[] { 2 })]
    [InlineData("NE", new[] { 1, 3 })]
    [InlineData("LT", new[] { 1 })]
    [InlineData("LE", new[] { 1, 2 })]
    [InlineData("GT", new[] { 3 })]
    [InlineData("GE", new[] { 2, 3 })]
    public async Task Comparison_AgainstTheMiddleId_HoldsOnItsSideOfTheBoundary(string comparison, int[] expected)
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        for (var i = 0; i < 3; i++)
        {
            emulator.Store.AddOpportunity(new StoredOpportunity());
        }

        var answer = await emulator.PostAsync(GetMObjects("Opportunity", criteria: [Criterion("Id", comparison, "2")]), _clock);

        Assert.Equal(expected, Ids(answer));
    }

    /// <summary>Ids 1 to 12: as text "10" to "12" would sort before "9".</summary>
    [Fact]
    public async Task Numbers_CompareAsNumbers()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        for (var i = 0; i < 12; i++)
        {
            emulator.Store.AddOpportunity(new StoredOpportunity());
        }

        var answer = await emulator.PostAsync(GetMObjects("Opportunity", criteria: [Criterion("Id", "LT", "9")]), _clock);

        Assert.Equal(Enumerable.Range(1, 8), Ids(answer));
    }

    /// <summary>Stages Won (id 1) and Open (id 2), and an opportunity with no stage (id 3): only NE holds for it.</summary>
    [Theory]
    [InlineData("EQ", "Won", new[] { 1 })]
    [InlineData("NE", "Won", new[] { 2, 3 })]
    [InlineData("LT", "Zzz", new[] { 1, 2 })]
    [InlineData("GE", "a", new[] { 1, 2 })]
    public async Task MissingValue_SatisfiesOnlyNe(string comparison, string value, int[] expected)
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Store.AddOpportunity(new StoredOpportunity { Attributes = new Dictionary<string, string> { ["Stage"] = "Won" } });
        emulator.Store.AddOpportunity(new StoredOpportunity { Attributes = new Dictionary<string, string> { ["Stage"] = "Open" } });
        emulator.Store.AddOpportunity(new StoredOpportunity { Attributes = new Dictionary<string, string> { ["Name"] = "No stage yet" } });

        var answer = await emulator.PostAsync(GetMObjects("Opportunity", criteria: [Criterion("Stage", comparison, value)]), _clock);

        Assert.Equal(expected, Ids(answer));
    }

    [Fact]
    public async Task IncludeArchive_ChangesNothing()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var programs = SeedTaggedPrograms(emulator);

        var answer = await emulator.PostAsync(GetMObjects("Program", criteria: [Criterion("Include Archive", "EQ", "true")]), _clock);

        Assert.Equal(programs.All, Ids(answer));
    }

    [Fact]
    public async Task TagType_ChoosesProgramsWithATagOfThatTypeAmongOthers()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var programs = SeedTaggedPrograms(emulator);

        var answer = await emulator.PostAsync(GetMObjects("Program", criteria: [Criterion("Tag Type", "EQ", "Region")]), _clock);

        Assert.Equal([programs.RegionAndChannel, programs.Apac], Ids(answer));
    }

    /// <summary>Without a Tag Type, a Tag Value is looked for among every tag, and never among tokens.</summary>
    [Fact]
    public async Task TagValueAlone_ChoosesProgramsWithThatValueInAnyTag()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var programs = SeedTaggedPrograms(emulator);

        var answer = await emulator.PostAsync(GetMObjects("Program", criteria: [Criterion("Tag Value", "EQ", "EMEA")]), _clock);

        Assert.Equal([programs.RegionAndChannel], Ids(answer));
    }

    [Theory]
    [InlineData("EMEA", true)]
    [InlineData("Webinar", false)]
    public async Task TagTypeEqAndTagValue_LooksOnlyAtTagsOfThatType(string value, bool chosen)
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var programs = SeedTaggedPrograms(emulator);

        int[] expected = chosen ? [programs.RegionAndChannel] : [];

        var answer = await emulator.PostAsync(GetMObjects("Program", criteria: [Criterion("Tag Type", "EQ", "Region"), Criterion("Tag Value", "EQ", value)]), _clock);

        Assert.Equal(expected, Ids(answer));
    }

    /// <summary>Only a Tag Type asked with EQ narrows the tags a Tag Value is looked for in.</summary>
    [Fact]
    public async Task TagTypeNe_DoesNotNarrowTheTagValue()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var programs = SeedTaggedPrograms(emulator);

        var answer = await emulator.PostAsync(GetMObjects("Program", criteria: [Criterion("Tag Type", "NE", "Channel"), Criterion("Tag Value", "EQ", "EMEA")]), _clock);

        Assert.Equal([programs.RegionAndChannel], Ids(answer));
    }

    /// <summary>Three programs: tagged Region EMEA and Channel Webinar; untagged with a token whose value is EMEA; tagged Region APAC.</summary>
    private static (int RegionAndChannel, int Untagged, int Apac, int[] All) SeedTaggedPrograms(MarketoSoapEmulator emulator)
    {
        emulator.Store.AddTagType("Region", "EMEA", "APAC");
        emulator.Store.AddTagType("Channel", "Webinar");
        var both = emulator.Store.AddProgram(new StoredProgram { Name = "Both", Tags = new Dictionary<string, string> { ["Region"] = "EMEA", ["Channel"] = "Webinar" } });
        var untagged = emulator.Store.AddProgram(new StoredProgram { Name = "Untagged", Tokens = new Dictionary<string, string> { ["{{my.Region}}"] = "EMEA" } });
        var apac = emulator.Store.AddProgram(new StoredProgram { Name = "Apac", Tags = new Dictionary<string, string> { ["Region"] = "APAC" } });
        return (both.Id, untagged.Id, apac.Id, [both.Id, untagged.Id, apac.Id]);
    }
}
