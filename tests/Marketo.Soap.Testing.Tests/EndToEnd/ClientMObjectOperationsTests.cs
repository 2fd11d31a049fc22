using Marketo.Soap.Models;
using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests.EndToEnd;

/// <summary>The client's MObject reads and deletes against the emulator, over real HTTP, on the system clock.</summary>
public class ClientMObjectOperationsTests
{
    [Fact]
    public async Task GetMObjectsAsync_TwoHundredThirtyOpportunities_ReadsEachOnceInThreePagesOfAtMost100()
    {
        await using var emulator = await MarketoSoapEmulator.StartAsync(new MarketoSoapEmulatorOptions());
        var ids = Enumerable.Range(0, 230).Select(i => emulator.Store.AddOpportunity(new StoredOpportunity { Attributes = new Dictionary<string, string> { ["Name"] = $"Deal {i}" } }).Id).ToList();
        using var client = new MarketoSoapClient(emulator.CreateClientOptions().WithoutRetries());

        var pages = await client.GetMObjectsAsync(new GetMObjectsRequest { Type = MObjectTypes.Opportunity }).AsPages().ToListAsync();

        Assert.Equal([100, 100, 30], pages.Select(p => p.Values.Count));
        Assert.Equal(ids, pages.SelectMany(p => p.Values).Select(o => o.Id!.Value));
        Assert.Equal("Deal 229", pages[^1].Values[^1].Attributes.Single(a => a.Name == "Name").Value);
        Assert.Null(pages[^1].ContinuationToken);
        Assert.All(pages.SkipLast(1), p => Assert.True(p.ContinuationToken!.Length > 5000));
    }

    [Fact]
    public async Task GetMObjectsAsync_ByStageCriterionOverTwoHundredFifty_ReadsOnlyTheMatchingOnesAcrossPages()
    {
        await using var emulator = await MarketoSoapEmulator.StartAsync(new MarketoSoapEmulatorOptions());
        for (var i = 0; i < 250; i++)
        {
            emulator.Store.AddOpportunity(new StoredOpportunity { Attributes = new Dictionary<string, string> { ["Stage"] = i % 5 == 0 ? "Lost" : "Won" } });
        }

        using var client = new MarketoSoapClient(emulator.CreateClientOptions().WithoutRetries());
        var request = new GetMObjectsRequest { Type = MObjectTypes.Opportunity, Criteria = [new("Stage", MObjectComparison.Equal, "Won")] };

        var pages = await client.GetMObjectsAsync(request).AsPages().ToListAsync();

        Assert.Equal([100, 100], pages.Select(p => p.Values.Count));
        Assert.All(pages.SelectMany(p => p.Values), o => Assert.Equal("Won", o.Attributes.Single(a => a.Name == "Stage").Value));
    }

    [Fact]
    public async Task GetMObjectsAsync_SavedTokenOfAFullPage_ContinuesWithTheNextObjects()
    {
        await using var emulator = await MarketoSoapEmulator.StartAsync(new MarketoSoapEmulatorOptions());
        for (var i = 0; i < 120; i++)
        {
            emulator.Store.AddOpportunity(new StoredOpportunity());
        }

        using var client = new MarketoSoapClient(emulator.CreateClientOptions().WithoutRetries());
        var request = new GetMObjectsRequest { Type = MObjectTypes.Opportunity };
        var token = (await client.GetMObjectsAsync(request).AsPages().FirstAsync()).ContinuationToken;

        var rest = await client.GetMObjectsAsync(request).AsPages(token).ToListAsync();

        Assert.Equal(Enumerable.Range(101, 20), rest.SelectMany(p => p.Values).Select(o => o.Id!.Value));
    }

    [Fact]
    public async Task DeleteMObjectsAsync_AnOpportunityAndARole_AreGoneFromTheStoreAndFromGetMObjects()
    {
        await using var emulator = await MarketoSoapEmulator.StartAsync(new MarketoSoapEmulatorOptions());
        var lead = emulator.Store.AddLead(new StoredLead { Email = "ada@example.com" });
        var doomed = emulator.Store.AddOpportunity(new StoredOpportunity());
        var kept = emulator.Store.AddOpportunity(new StoredOpportunity());
        var role = emulator.Store.AddOpportunityPersonRole(new StoredOpportunityPersonRole { OpportunityId = kept.Id, PersonId = lead.Id });
        using var client = new MarketoSoapClient(emulator.CreateClientOptions().WithoutRetries());

        var result = await client.DeleteMObjectsAsync(new DeleteMObjectsRequest
        {
            Objects = [new(MObjectTypes.Opportunity, doomed.Id), new(MObjectTypes.OpportunityPersonRole, role.Id), new(MObjectTypes.Opportunity, 9999)],
        });

        Assert.Equal([MObjectSyncStatus.Deleted, MObjectSyncStatus.Deleted, MObjectSyncStatus.Unchanged], result.Results.Select(r => r.Status));
        Assert.Null(emulator.Store.FindOpportunity(doomed.Id));
        Assert.Null(emulator.Store.FindOpportunityPersonRole(role.Id));
        var left = await client.GetMObjectsAsync(new GetMObjectsRequest { Type = MObjectTypes.Opportunity }).ToListAsync();
        Assert.Equal([kept.Id], left.Select(o => o.Id!.Value));
    }

    [Fact]
    public async Task DescribeMObjectAsync_LeadRecordWithACustomField_ListsItTypedAndCustom()
    {
        await using var emulator = await MarketoSoapEmulator.StartAsync(new MarketoSoapEmulatorOptions());
        emulator.Store.AddLeadField("Loyalty_Tier__c", "integer");
        using var client = new MarketoSoapClient(emulator.CreateClientOptions().WithoutRetries());

        var names = await client.ListMObjectsAsync();
        var lead = await client.DescribeMObjectAsync(new DescribeMObjectRequest { ObjectName = "LeadRecord" });

        Assert.Contains("LeadRecord", names);
        var custom = lead.Fields.Single(f => f.Name == "Loyalty_Tier__c");
        Assert.Equal(("integer", true, 10), (custom.DataType, custom.IsCustom, custom.Size));
        Assert.True(lead.Fields.Single(f => f.Name == "Id").IsPrimaryKey);
        Assert.Null(custom.DisplayName);
    }

    [Fact]
    public async Task DescribeMObjectAsync_Program_FailsWith20110()
    {
        await using var emulator = await MarketoSoapEmulator.StartAsync(new MarketoSoapEmulatorOptions());
        using var client = new MarketoSoapClient(emulator.CreateClientOptions().WithoutRetries());

        var failure = await Assert.ThrowsAsync<MarketoSoapException>(() => client.DescribeMObjectAsync(new DescribeMObjectRequest { ObjectName = MObjectTypes.Program }));

        Assert.Equal(20110, failure.ErrorCode);
    }
}
