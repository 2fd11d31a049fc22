namespace Marketo.Soap.Testing.Tests.Store;

/// <summary>What <see cref="MarketoEmulatorStore.Clear"/> empties beyond leads, and the argument checks of seeding.</summary>
public sealed class StoreClearAndArgumentTests
{
    [Fact]
    public void Clear_EmptiesOpportunityRolesAndTagTypes()
    {
        var store = new MarketoEmulatorStore();
        var lead = store.AddLead(new StoredLead { Email = "role@example.com" });
        var opportunity = store.AddOpportunity(new StoredOpportunity());
        store.AddOpportunityPersonRole(new StoredOpportunityPersonRole { OpportunityId = opportunity.Id, PersonId = lead.Id });
        store.AddTagType("Region", "EMEA");

        store.Clear();

        Assert.Empty(store.OpportunityPersonRoles);
        Assert.Empty(store.TagTypes);
    }

    [Fact]
    public void AddTagType_NullValues_NamesThem()
    {
        var store = new MarketoEmulatorStore();

        var error = Assert.Throws<ArgumentNullException>(() => store.AddTagType("Region", null!));

        Assert.Equal("values", error.ParamName);
    }

    [Fact]
    public void AddTagType_BlankValue_NamesTheValues()
    {
        var store = new MarketoEmulatorStore();

        var error = Assert.Throws<ArgumentException>(() => store.AddTagType("Region", "EMEA", " "));

        Assert.Equal("values", error.ParamName);
        Assert.Empty(store.TagTypes);
    }

    [Fact]
    public void AddOpportunity_Null_IsRefused() =>
        Assert.Throws<ArgumentNullException>(() => new MarketoEmulatorStore().AddOpportunity(null!));

    [Fact]
    public void AddOpportunity_TakenId_IsRefused()
    {
        var store = new MarketoEmulatorStore();
        var first = store.AddOpportunity(new StoredOpportunity());

        var error = Assert.Throws<ArgumentException>(() => store.AddOpportunity(new StoredOpportunity { Id = first.Id }));

        Assert.Equal("opportunity", error.ParamName);
        Assert.Single(store.Opportunities);
    }

    [Fact]
    public void AddCampaign_TakenId_IsRefused()
    {
        var store = new MarketoEmulatorStore();
        var first = store.AddCampaign(new StoredCampaign { Name = "Welcome" });

        var error = Assert.Throws<ArgumentException>(() => store.AddCampaign(new StoredCampaign { Id = first.Id, Name = "Again" }));

        Assert.Equal("campaign", error.ParamName);
        Assert.Single(store.Campaigns);
    }
}
