using System.Xml.Linq;
using Marketo.Soap.Testing.Tests.TestSupport;
using static Marketo.Soap.Testing.Tests.TestSupport.MObjectQuery;

namespace Marketo.Soap.Testing.Tests;

/// <summary>getMObjects by id, by external key and by association (operations facts §6.1), and positions tied to those filters.</summary>
public class GetMObjectsFilterTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    [Fact]
    public async Task ById_ChoosesThatObjectOnly()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Store.AddOpportunity(new StoredOpportunity());
        var wanted = emulator.Store.AddOpportunity(new StoredOpportunity());
        emulator.Store.AddOpportunity(new StoredOpportunity());

        var answer = await emulator.PostAsync(GetMObjects("Opportunity", id: wanted.Id), _clock);

        Assert.Equal([wanted.Id], Ids(answer));
    }

    [Fact]
    public async Task ByExternalKey_ChoosesTheObjectsWithThatKeyOnly()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Store.AddOpportunity(new StoredOpportunity { ExternalKey = new("extOppId", "A") });
        var wanted = emulator.Store.AddOpportunity(new StoredOpportunity { ExternalKey = new("extOppId", "B") });
        emulator.Store.AddOpportunity(new StoredOpportunity());

        var answer = await emulator.PostAsync(GetMObjects("Opportunity", externalKey: ("extOppId", "B")), _clock);

        Assert.Equal([wanted.Id], Ids(answer));
    }

    /// <summary>
    /// An association matches a link of its own type with the same id or key: a company whose id is
    /// the lead's id is no match for the lead, nor another company for a company.
    /// </summary>
    [Theory]
    [InlineData("lead by id")]
    [InlineData("company by id")]
    [InlineData("company by key")]
    public async Task ByAssociation_MatchesOnlyALinkOfThatTypeWithThatIdOrKey(string filter)
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var lead = emulator.Store.AddLead(new StoredLead { Email = "ada@example.com" });
        var leadAndCompany77 = emulator.Store.AddOpportunity(new StoredOpportunity { CompanyId = 77 });
        emulator.Store.AddOpportunityPersonRole(new StoredOpportunityPersonRole { OpportunityId = leadAndCompany77.Id, PersonId = lead.Id });
        emulator.Store.AddOpportunity(new StoredOpportunity { CompanyId = lead.Id });
        emulator.Store.AddOpportunity(new StoredOpportunity { CompanyId = 78 });
        var acme = emulator.Store.AddOpportunity(new StoredOpportunity { CompanyExternalKey = new("extCompanyId", "ACME") });
        emulator.Store.AddOpportunity(new StoredOpportunity { CompanyExternalKey = new("extCompanyId", "OTHER") });
        var (association, expected) = filter switch
        {
            "lead by id" => (Wire.Association("Lead", id: lead.Id), leadAndCompany77.Id),
            "company by id" => (Wire.Association("Company", id: 77), leadAndCompany77.Id),
            _ => (Wire.Association("Company", externalKey: ("extCompanyId", "ACME")), acme.Id),
        };

        var answer = await emulator.PostAsync(GetMObjects("Opportunity", associations: [association]), _clock);

        Assert.Equal([expected], Ids(answer));
    }

    /// <summary>The position of a selection by one association is refused for another: it belongs to another request.</summary>
    [Fact]
    public async Task PositionOfOneAssociation_SentWithAnother_FailsWith20122()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        for (var i = 0; i < 101; i++)
        {
            emulator.Store.AddOpportunity(new StoredOpportunity { CompanyId = 77 });
        }

        var first = await emulator.PostAsync(GetMObjects("Opportunity", associations: [Wire.Association("Company", id: 77)]), _clock);
        Assert.Equal("true", first.Text("hasMore"));

        var other = await emulator.PostAsync(GetMObjects("Opportunity", associations: [Wire.Association("Company", id: 78)], streamPosition: first.Text("newStreamPosition")), _clock);

        other.AssertMarketoFault(20122);
    }

    [Fact]
    public async Task Position_SentWithTheSameAssociation_ReadsOn()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        for (var i = 0; i < 101; i++)
        {
            emulator.Store.AddOpportunity(new StoredOpportunity { CompanyId = 77 });
        }

        XElement[] association = [Wire.Association("Company", id: 77)];
        var first = await emulator.PostAsync(GetMObjects("Opportunity", associations: association), _clock);

        var next = await emulator.PostAsync(GetMObjects("Opportunity", associations: association, streamPosition: first.Text("newStreamPosition")), _clock);

        Assert.Equal([101], Ids(next));
    }
}
