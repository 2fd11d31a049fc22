using System.Xml.Linq;
using Marketo.Soap.Testing.Tests.TestSupport;
using static Marketo.Soap.Testing.Tests.TestSupport.MObjectQuery;

namespace Marketo.Soap.Testing.Tests;

/// <summary>What each <c>mObject</c> of a getMObjects answer writes (operations facts §6.1): lists it has nothing for are left out, type attribs come in a stable order.</summary>
public class GetMObjectsAnswerShapeTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    [Fact]
    public async Task OpportunityWithoutCompany_WritesNoAssociationListAndNoTypeAttribList()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Store.AddOpportunity(new StoredOpportunity { Attributes = new Dictionary<string, string> { ["Name"] = "Alone" } });

        var answer = await emulator.PostAsync(GetMObjects("Opportunity"), _clock);

        var opportunity = Assert.Single(answer.Xml.Descendants("mObject"));
        Assert.Null(opportunity.Element("associationList"));
        Assert.Null(opportunity.Element("typeAttribList"));
        Assert.Empty(WsdlSchema.ValidateBody(answer.Xml));
    }

    [Fact]
    public async Task OpportunityWithACompanyKeyOnly_WritesTheCompanyByKey()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Store.AddOpportunity(new StoredOpportunity { CompanyExternalKey = new("extCompanyId", "ACME") });

        var answer = await emulator.PostAsync(GetMObjects("Opportunity"), _clock);

        var company = Assert.Single(Assert.Single(answer.Xml.Descendants("associationList")).Elements("mObjAssociation"));
        Assert.Equal("Company", company.Element("mObjType")!.Value);
        Assert.Null(company.Element("id"));
        var key = company.Element("externalKey")!;
        Assert.Equal(("extCompanyId", "ACME"), (key.Element("name")!.Value, key.Element("value")!.Value));
    }

    [Fact]
    public async Task Role_WritesNoAssociationListAndNoTypeAttribList()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var lead = emulator.Store.AddLead(new StoredLead());
        var opportunity = emulator.Store.AddOpportunity(new StoredOpportunity { CompanyId = 5 });
        emulator.Store.AddOpportunityPersonRole(new StoredOpportunityPersonRole { OpportunityId = opportunity.Id, PersonId = lead.Id });

        var answer = await emulator.PostAsync(GetMObjects("OpportunityPersonRole"), _clock);

        var role = Assert.Single(answer.Xml.Descendants("mObject"));
        Assert.Null(role.Element("associationList"));
        Assert.Null(role.Element("typeAttribList"));
    }

    /// <summary>Tags by type name, then tokens by name, each written by its short name when it is a <c>{{my.…}}</c> token and in full otherwise.</summary>
    [Fact]
    public async Task Program_WritesTagsThenTokensEachSortedByName()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Store.AddTagType("Region", "EMEA");
        emulator.Store.AddTagType("Channel", "Webinar");
        emulator.Store.AddProgram(new StoredProgram
        {
            Name = "Spring",
            Tags = new Dictionary<string, string> { ["Region"] = "EMEA", ["Channel"] = "Webinar" },
            Tokens = new Dictionary<string, string> { ["{{my.Budget}}"] = "5000", ["{{lead.Company}}"] = "Acme" },
        });

        var answer = await emulator.PostAsync(GetMObjects("Program"), _clock);

        var groups = Assert.Single(answer.Xml.Descendants("typeAttribList")).Elements("typeAttrib").ToList();
        Assert.Equal(["Tag", "Tag", "Token", "Token"], groups.Select(g => g.Element("attrType")!.Value));
        Assert.Equal(
            [[("Type", "Channel"), ("Value", "Webinar")], [("Type", "Region"), ("Value", "EMEA")], [("Name", "{{lead.Company}}"), ("Value", "Acme")], [("Name", "Budget"), ("Value", "5000")]],
            groups.Select(g => Pairs(g.Element("attrList")!)));
        Assert.Null(answer.Xml.Descendants("mObject").Single().Element("associationList"));
    }
}
