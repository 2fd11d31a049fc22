namespace Marketo.Soap.Testing.Tests.Store;

/// <summary>The rules a seed must follow: tags, token names, custom object types, and what Clear empties.</summary>
public class StoreSeedingRuleTests
{
    private readonly MarketoEmulatorStore _store = new();

    [Fact]
    public void AddProgram_AChannelNameUnderAnotherTagType_Throws()
    {
        _store.AddTagType("Region", "EMEA");
        _store.AddChannel(new StoredChannel { Name = "Webinar" });

        Assert.Throws<ArgumentException>(() => _store.AddProgram(new StoredProgram { Name = "P", Tags = new Dictionary<string, string> { ["Region"] = "Webinar" } }));

        Assert.Empty(_store.Programs);
    }

    [Fact]
    public void AddProgram_AChannelAsTheChannelTag_IsKept()
    {
        _store.AddChannel(new StoredChannel { Name = "Webinar" });

        var program = _store.AddProgram(new StoredProgram { Name = "P", Tags = new Dictionary<string, string> { ["Channel"] = "Webinar" } });

        Assert.Equal("Webinar", program.Tags["Channel"]);
    }

    [Fact]
    public void AddProgram_ShortestFullTokenName_IsKept()
    {
        var program = _store.AddProgram(new StoredProgram { Name = "P", Tokens = new Dictionary<string, string> { ["{{a}}"] = "x" } });

        Assert.Equal("x", program.Tokens["{{a}}"]);
    }

    [Theory]
    [InlineData("{{}}")]
    [InlineData("{{my.token")]
    [InlineData("my.token}}")]
    [InlineData("my.token")]
    public void AddProgram_TokenNotNamedInFullWithBraces_Throws(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => _store.AddProgram(new StoredProgram { Name = "P", Tokens = new Dictionary<string, string> { [name] = "x" } }));

        Assert.Contains(name, error.Message, StringComparison.Ordinal);
        Assert.Empty(_store.Programs);
    }

    [Fact]
    public void AddCustomObjectType_BlankName_ThrowsAndDeclaresNothing()
    {
        Assert.Throws<ArgumentException>(() => _store.AddCustomObjectType(new StoredCustomObjectType { Name = " ", Fields = [new() { Name = "vin", IsKey = true }] }));

        Assert.Empty(_store.CustomObjectTypes);
    }

    [Fact]
    public void AddCustomObjectType_RepeatedFieldName_ThrowsNamingTheType()
    {
        var error = Assert.Throws<ArgumentException>(() => _store.AddCustomObjectType(new StoredCustomObjectType { Name = "Car", Fields = [new() { Name = "vin", IsKey = true }, new() { Name = "vin" }] }));

        Assert.Contains("Car", error.Message, StringComparison.Ordinal);
        Assert.Empty(_store.CustomObjectTypes);
    }

    [Fact]
    public void AddCustomObjectType_FiftyFields_IsDeclared()
    {
        _store.AddCustomObjectType(new StoredCustomObjectType { Name = "Wide", Fields = [.. Enumerable.Range(0, 50).Select(i => new StoredCustomObjectField { Name = $"f{i}", IsKey = i == 0 })] });

        Assert.Equal(50, Assert.Single(_store.CustomObjectTypes).Fields.Count);
    }

    [Fact]
    public void AddCustomObject_Null_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentNullException>(() => _store.AddCustomObject(null!));

        Assert.Equal("record", error.ParamName);
    }

    [Fact]
    public void AddCustomObject_NullKeysOrAttributes_ThrowsNamingTheRecord()
    {
        _store.AddCustomObjectType(new StoredCustomObjectType { Name = "Car", Fields = [new() { Name = "vin", IsKey = true }] });

        var noKeys = Assert.Throws<ArgumentNullException>(() => _store.AddCustomObject(new StoredCustomObject { Type = "Car", Keys = null! }));
        var noAttributes = Assert.Throws<ArgumentNullException>(() => _store.AddCustomObject(new StoredCustomObject { Type = "Car", Keys = new Dictionary<string, string> { ["vin"] = "1" }, Attributes = null! }));

        Assert.Equal(("record", "record"), (noKeys.ParamName, noAttributes.ParamName));
        Assert.Empty(_store.CustomObjects);
    }

    [Fact]
    public void Clear_EmptiesListsAndCustomLeadFieldsAndKeepsTheStandardFields()
    {
        var standard = _store.LeadFields;
        _store.AddLeadField("Score__c", "integer");
        _store.AddStaticList(new StoredStaticList { Name = "Webinar" });

        _store.Clear();

        Assert.Empty(_store.StaticLists);
        Assert.Empty(_store.CustomLeadFields);
        Assert.Contains("FirstName", _store.LeadFields);
        Assert.Equal(standard.Order(StringComparer.Ordinal), _store.LeadFields.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Clear_ForgetsImportsAndStopsTheirTimers()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(TestSupport.TestClock.Start);
        var fired = false;
        var import = new ListImport
        {
            ListId = 1,
            ListName = "P.L",
            Header = "Email",
            Rows = [],
            ListOnly = false,
            ClearList = false,
            StartsAt = clock.GetUtcNow(),
            EndsAt = clock.GetUtcNow().AddMinutes(1),
            Timer = clock.CreateTimer(_ => fired = true, null, TimeSpan.FromMinutes(1), Timeout.InfiniteTimeSpan),
        };
        lock (_store.Gate)
        {
            _store.AddImportLocked(import);
        }

        _store.Clear();
        clock.Advance(TimeSpan.FromMinutes(2));

        lock (_store.Gate)
        {
            Assert.Null(_store.LatestImportLocked(1));
        }

        Assert.False(fired);
    }

    [Fact]
    public void RestoreActivity_BlankType_Throws()
    {
        Assert.Throws<ArgumentException>(() => _store.RestoreActivity(new StoredActivity(0, 1, TestSupport.TestClock.Start, " ", null, [])));

        Assert.Empty(_store.Activities.All);
    }

    [Fact]
    public void RestoreCampaignRun_AnotherOperation_ThrowsAndKeepsNoRun()
    {
        var campaign = _store.AddCampaign(new StoredCampaign { Name = "Welcome", Sources = ["MKTOWS"] });

        var error = Assert.Throws<ArgumentException>(() => _store.RestoreCampaignRun(new StoredCampaignRun { CampaignId = campaign.Id, Operation = "deleteCampaign" }));

        Assert.Contains("deleteCampaign", error.Message, StringComparison.Ordinal);
        Assert.Empty(_store.CampaignRuns);
    }
}
