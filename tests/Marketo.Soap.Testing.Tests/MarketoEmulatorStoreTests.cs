namespace Marketo.Soap.Testing.Tests;

/// <summary>Seeding and reading the store directly, without a call.</summary>
public class MarketoEmulatorStoreTests
{
    [Fact]
    public void AddLead_IdZero_GetsIncreasingIdsFromOne()
    {
        var store = new MarketoEmulatorStore();

        var first = store.AddLead(new StoredLead { Email = "a@example.com" });
        var second = store.AddLead(new StoredLead { Email = "b@example.com" });

        Assert.Equal((1, 2), (first.Id, second.Id));
        Assert.Equal([first, second], store.Leads);
    }

    [Fact]
    public void AddLead_TakenId_Throws()
    {
        var store = new MarketoEmulatorStore();
        store.AddLead(new StoredLead { Id = 5 });

        Assert.Throws<ArgumentException>(() => store.AddLead(new StoredLead { Id = 5 }));
    }

    [Fact]
    public void AddLead_EmailAsAttribute_Throws()
    {
        var store = new MarketoEmulatorStore();

        Assert.Throws<ArgumentException>(() => store.AddLead(new StoredLead { Attributes = new Dictionary<string, string> { ["Email"] = "a@example.com" } }));
    }

    [Fact]
    public void AddLead_ForeignIdHeldByAnotherLead_Throws()
    {
        var store = new MarketoEmulatorStore();
        store.AddLead(new StoredLead { ForeignPersonIds = [new ForeignPersonId("SFDC", "1")] });

        Assert.Throws<ArgumentException>(() => store.AddLead(new StoredLead { ForeignPersonIds = [new ForeignPersonId("SFDC", "1")] }));
    }

    [Fact]
    public void AddLead_UnknownForeignSystemType_Throws()
    {
        var store = new MarketoEmulatorStore();

        Assert.Throws<ArgumentException>(() => store.AddLead(new StoredLead { ForeignPersonIds = [new ForeignPersonId("sfdc", "1")] }));
    }

    [Fact]
    public void AddLead_KeepsACopy_LaterChangesToTheCallersDictionaryDoNotLeakIn()
    {
        var store = new MarketoEmulatorStore();
        var attributes = new Dictionary<string, string> { ["Company"] = "Acme" };
        var lead = store.AddLead(new StoredLead { Attributes = attributes });

        attributes["Company"] = "Changed";

        Assert.Equal("Acme", store.FindLead(lead.Id)!.Attributes["Company"]);
    }

    [Fact]
    public void FindLeadsByEmail_IgnoresCase()
    {
        var store = new MarketoEmulatorStore();
        store.AddLead(new StoredLead { Email = "A@Example.com" });

        Assert.Single(store.FindLeadsByEmail("a@example.COM"));
    }

    [Fact]
    public void AddProgram_AssignsCostIdsAfterExplicitOnes()
    {
        var store = new MarketoEmulatorStore();

        var program = store.AddProgram(new StoredProgram { Id = 1970, Name = "Webinar", Costs = [new StoredProgramCost { Amount = 1 }, new StoredProgramCost { Id = 153, Amount = 2 }] });

        Assert.Equal([154, 153], program.Costs.Select(c => c.Id));
        Assert.Equal("Webinar", store.FindProgram(1970)!.Name);
    }

    [Fact]
    public void AddProgram_UnknownTag_Throws()
    {
        var store = new MarketoEmulatorStore();

        Assert.Throws<ArgumentException>(() => store.AddProgram(new StoredProgram { Tags = new Dictionary<string, string> { ["Region"] = "EMEA" } }));
    }

    [Fact]
    public void AddTagType_AddsValuesWithoutDuplicates()
    {
        var store = new MarketoEmulatorStore();

        store.AddTagType("Channel", "Webinar", "Email Send");
        store.AddTagType("Channel", "Webinar", "Tradeshow");

        Assert.Equal(["Webinar", "Email Send", "Tradeshow"], store.TagTypes["Channel"]);
    }

    [Fact]
    public void LeadFields_StartWithTheStandardFields_AndGrowWithCustomOnes()
    {
        var store = new MarketoEmulatorStore();

        store.AddLeadFields("Favourite_Colour__c");

        Assert.Superset(new HashSet<string> { "Email", "FirstName", "LastName", "Company", "Phone", "Favourite_Colour__c" }, new HashSet<string>(store.LeadFields));
        Assert.DoesNotContain("pants", store.LeadFields);
    }

    [Fact]
    public void AddOpportunityPersonRole_LinksMustExist()
    {
        var store = new MarketoEmulatorStore();
        var opportunity = store.AddOpportunity(new StoredOpportunity { ExternalKey = new StoredExternalKey("ext", "1") });

        Assert.Throws<ArgumentException>(() => store.AddOpportunityPersonRole(new StoredOpportunityPersonRole { OpportunityId = opportunity.Id, PersonId = 99 }));
    }

    [Fact]
    public void AddOpportunityPersonRole_BetweenStoredObjects_IsFoundById()
    {
        var store = new MarketoEmulatorStore();
        var opportunity = store.AddOpportunity(new StoredOpportunity());
        var lead = store.AddLead(new StoredLead());

        var role = store.AddOpportunityPersonRole(new StoredOpportunityPersonRole { OpportunityId = opportunity.Id, PersonId = lead.Id });

        Assert.Equal(role, store.FindOpportunityPersonRole(role.Id));
        Assert.Equal([role], store.OpportunityPersonRoles);
    }
}
