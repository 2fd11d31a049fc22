namespace Marketo.Soap.Testing.Tests.Store;

/// <summary>
/// Seeding the store with a missing or blank argument fails at once, naming the argument, and
/// leaves the store as it was: a half-applied seed would fail much later, far from its cause.
/// </summary>
public class StoreSeedingArgumentTests
{
    private readonly MarketoEmulatorStore _store = new();

    [Fact]
    public void AddLeadFields_NullArray_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentNullException>(() => _store.AddLeadFields(null!));

        Assert.Equal("names", error.ParamName);
    }

    [Fact]
    public void AddLeadFields_OneBlankName_AddsNoneOfThem()
    {
        var error = Assert.Throws<ArgumentException>(() => _store.AddLeadFields("Score__c", " "));

        Assert.Equal("names", error.ParamName);
        Assert.Empty(_store.CustomLeadFields);
    }

    [Theory]
    [InlineData(null, "string")]
    [InlineData(" ", "string")]
    [InlineData("Score__c", null)]
    [InlineData("Score__c", " ")]
    public void AddLeadField_MissingNameOrType_ThrowsAndAddsNothing(string? name, string? dataType)
    {
        Assert.ThrowsAny<ArgumentException>(() => _store.AddLeadField(name!, dataType!));

        Assert.Empty(_store.CustomLeadFields);
    }

    [Fact]
    public void AddTagType_BlankType_ThrowsAndAddsNothing()
    {
        Assert.Throws<ArgumentException>(() => _store.AddTagType(" ", "EMEA"));

        Assert.Empty(_store.TagTypes);
    }

    [Fact]
    public void AddChannel_Null_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentNullException>(() => _store.AddChannel(null!));

        Assert.Equal("channel", error.ParamName);
    }

    [Fact]
    public void AddChannel_BlankName_ThrowsAndAddsNothing()
    {
        Assert.Throws<ArgumentException>(() => _store.AddChannel(new StoredChannel { Name = " " }));

        Assert.Empty(_store.Channels);
    }

    [Fact]
    public void AddChannel_NullStatus_ThrowsNamingTheChannel()
    {
        var error = Assert.Throws<ArgumentNullException>(() => _store.AddChannel(new StoredChannel { Name = "Webinar", Statuses = [null!] }));

        Assert.Equal("channel", error.ParamName);
        Assert.Empty(_store.Channels);
    }

    [Fact]
    public void AddLead_Null_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentNullException>(() => _store.AddLead(null!));

        Assert.Equal("lead", error.ParamName);
    }

    [Fact]
    public void FindLeadsByEmail_Null_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentNullException>(() => _store.FindLeadsByEmail(null!));

        Assert.Equal("email", error.ParamName);
    }

    [Fact]
    public void AddStaticList_Null_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentNullException>(() => _store.AddStaticList(null!));

        Assert.Equal("list", error.ParamName);
    }

    [Fact]
    public void AddStaticList_TakenId_ThrowsAndKeepsTheFirst()
    {
        _store.AddStaticList(new StoredStaticList { Id = 7, Name = "First" });

        Assert.Throws<ArgumentException>(() => _store.AddStaticList(new StoredStaticList { Id = 7, Name = "Second" }));

        Assert.Equal("First", _store.FindStaticList(7)!.Name);
    }

    [Fact]
    public void AddStaticList_BlankName_ThrowsAndAddsNothing()
    {
        Assert.Throws<ArgumentException>(() => _store.AddStaticList(new StoredStaticList { Name = " " }));

        Assert.Empty(_store.StaticLists);
    }

    [Fact]
    public void AddCampaign_Null_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentNullException>(() => _store.AddCampaign(null!));

        Assert.Equal("campaign", error.ParamName);
    }

    [Fact]
    public void AddCampaign_BlankName_ThrowsAndAddsNothing()
    {
        Assert.Throws<ArgumentException>(() => _store.AddCampaign(new StoredCampaign { Name = " ", Sources = ["MKTOWS"] }));

        Assert.Empty(_store.Campaigns);
    }

    [Fact]
    public void AddCampaign_UnknownSource_ThrowsAndAddsNothing()
    {
        var error = Assert.Throws<ArgumentException>(() => _store.AddCampaign(new StoredCampaign { Name = "Welcome", Sources = ["MKTOWS", "REST"] }));

        Assert.Equal("campaign", error.ParamName);
        Assert.Empty(_store.Campaigns);
    }

    [Fact]
    public void AddProgram_Null_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentNullException>(() => _store.AddProgram(null!));

        Assert.Equal("program", error.ParamName);
    }

    [Fact]
    public void AddProgram_NullCost_ThrowsNamingTheProgram()
    {
        var error = Assert.Throws<ArgumentNullException>(() => _store.AddProgram(new StoredProgram { Name = "P", Costs = [null!] }));

        Assert.Equal("program", error.ParamName);
        Assert.Empty(_store.Programs);
    }

    [Fact]
    public void AddProgram_NegativeCostId_ThrowsNamingTheId()
    {
        var error = Assert.Throws<ArgumentException>(() => _store.AddProgram(new StoredProgram { Name = "P", Costs = [new StoredProgramCost { Id = -3, Amount = 1 }] }));

        Assert.Contains("-3", error.Message, StringComparison.Ordinal);
        Assert.Empty(_store.Programs);
    }

    [Fact]
    public void AddProgram_CostIdHeldByAnotherProgram_Throws()
    {
        _store.AddProgram(new StoredProgram { Name = "First", Costs = [new StoredProgramCost { Id = 4, Amount = 1 }] });

        var error = Assert.Throws<ArgumentException>(() => _store.AddProgram(new StoredProgram { Name = "Second", Costs = [new StoredProgramCost { Id = 4, Amount = 2 }] }));

        Assert.Contains("Cost id 4", error.Message, StringComparison.Ordinal);
        Assert.Single(_store.Programs);
    }

    [Fact]
    public void AddProgram_CostIdFreeInEveryProgram_IsKept()
    {
        _store.AddProgram(new StoredProgram { Name = "Costless" });
        _store.AddProgram(new StoredProgram { Name = "First", Costs = [new StoredProgramCost { Id = 4, Amount = 1 }] });

        var second = _store.AddProgram(new StoredProgram { Name = "Second", Costs = [new StoredProgramCost { Id = 5, Amount = 2 }] });

        Assert.Equal([5], second.Costs.Select(c => c.Id));
    }

    [Fact]
    public void AddOpportunityPersonRole_Null_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentNullException>(() => _store.AddOpportunityPersonRole(null!));

        Assert.Equal("role", error.ParamName);
    }

    [Fact]
    public void AddOpportunityPersonRole_TakenId_ThrowsAndKeepsTheFirst()
    {
        var opportunity = _store.AddOpportunity(new StoredOpportunity());
        var first = _store.AddLead(new StoredLead());
        var second = _store.AddLead(new StoredLead());
        _store.AddOpportunityPersonRole(new StoredOpportunityPersonRole { Id = 3, OpportunityId = opportunity.Id, PersonId = first.Id });

        Assert.Throws<ArgumentException>(() => _store.AddOpportunityPersonRole(new StoredOpportunityPersonRole { Id = 3, OpportunityId = opportunity.Id, PersonId = second.Id }));

        Assert.Equal(first.Id, _store.FindOpportunityPersonRole(3)!.PersonId);
    }
}
