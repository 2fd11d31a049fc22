using Marketo.Soap.Models;
using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests.EndToEnd;

/// <summary>The client's lead read, lead write and campaign operations against the emulator, over real HTTP, on the system clock.</summary>
public class ClientLeadAndCampaignOperationsTests
{
    [Fact]
    public async Task GetMultipleLeadsAsync_FourHundredFiftyLeadsInPagesOfTwoHundred_ReadsEachLeadOnceInThreeCalls()
    {
        await using var emulator = await MarketoSoapEmulator.StartAsync(new MarketoSoapEmulatorOptions());
        var emails = SeedLeads(emulator, 450);
        using var client = new MarketoSoapClient(emulator.CreateClientOptions().WithoutRetries());

        var leads = await client.GetMultipleLeadsAsync(UpdatedSinceYesterday(batchSize: 200)).ToListAsync();

        Assert.Equal(emails.Order(StringComparer.Ordinal), leads.Select(l => l.Email!).Order(StringComparer.Ordinal));
        Assert.Equal(3, emulator.Exchanges.Count);
    }

    [Fact]
    public async Task GetMultipleLeadsAsync_ResumedFromTheFirstPagesToken_ReadsOnlyTheRest()
    {
        await using var emulator = await MarketoSoapEmulator.StartAsync(new MarketoSoapEmulatorOptions());
        var emails = SeedLeads(emulator, 90);
        using var client = new MarketoSoapClient(emulator.CreateClientOptions().WithoutRetries());
        var request = UpdatedSinceYesterday(batchSize: 40);

        MarketoPage<LeadRecord>? first = null;
        await foreach (var page in client.GetMultipleLeadsAsync(request).AsPages())
        {
            first = page;
            break;
        }

        var rest = await client.GetMultipleLeadsAsync(request).AsPages(first!.ContinuationToken).ToListAsync();

        Assert.Equal(40, first.Values.Count);
        Assert.Equal([40, 10], rest.Select(p => p.Values.Count));
        Assert.Null(rest[^1].ContinuationToken);
        Assert.Empty(first.Values.Select(l => l.Email).Intersect(rest.SelectMany(p => p.Values).Select(l => l.Email)));
    }

    [Fact]
    public async Task GetLeadAsync_AfterSyncLeadWithACustomField_FindsTheLeadAndReadsTheFieldTyped()
    {
        await using var emulator = await MarketoSoapEmulator.StartAsync(new MarketoSoapEmulatorOptions());
        emulator.Store.AddLeadField("Lead_Score__c", "integer");
        using var client = new MarketoSoapClient(emulator.CreateClientOptions().WithoutRetries());
        var key = LeadKey.ByEmail("ada@example.com");

        var before = await client.GetLeadAsync(new GetLeadRequest { Key = key });
        await client.SyncLeadAsync(new SyncLeadRequest { Lead = new LeadRecord { Email = "ada@example.com", Attributes = [new("Lead_Score__c", "42")] } });
        var after = await client.GetLeadAsync(new GetLeadRequest { Key = key });

        Assert.False(before.Found);
        Assert.Equal(42, Assert.Single(after.Leads).Get<int>("Lead_Score__c"));
    }

    [Fact]
    public async Task RequestCampaignAsync_AppliedThenConnectionDropped_IsNotRepeatedAndSaysItMayHaveReachedMarketo()
    {
        await using var emulator = await MarketoSoapEmulator.StartAsync(new MarketoSoapEmulatorOptions());
        var lead = emulator.Store.AddLead(new StoredLead { Email = "ada@example.com" });
        var campaign = emulator.Store.AddCampaign(new StoredCampaign { Name = "Welcome", ProgramName = "Onboarding", Sources = ["MKTOWS"] });
        emulator.Faults.Inject(InjectedFault.ApplyThen(InjectedFault.DropConnection()));
        using var client = new MarketoSoapClient(emulator.CreateClientOptions().WithQuickRetries());

        var failure = await Assert.ThrowsAsync<MarketoTransportException>(() => client.RequestCampaignAsync(new RequestCampaignRequest
        {
            CampaignId = campaign.Id,
            Leads = [LeadKey.ById(lead.Id)],
        }));

        Assert.True(failure.MayHaveReachedMarketo);
        Assert.Single(emulator.Store.CampaignRuns);
        Assert.Single(emulator.Exchanges);
    }

    [Fact]
    public async Task SyncLeadAsync_AppliedThenConnectionDropped_IsRepeatedBecauseItIsSafeToRepeat()
    {
        await using var emulator = await MarketoSoapEmulator.StartAsync(new MarketoSoapEmulatorOptions());
        emulator.Faults.Inject(InjectedFault.ApplyThen(InjectedFault.DropConnection()));
        using var client = new MarketoSoapClient(emulator.CreateClientOptions().WithQuickRetries());

        var result = await client.SyncLeadAsync(new SyncLeadRequest { Lead = new LeadRecord { Email = "ada@example.com" } });

        Assert.Equal(LeadSyncStatus.Updated, result.Status);
        Assert.Single(emulator.Store.Leads);
        Assert.Equal(2, emulator.Exchanges.Count);
    }

    private static List<string> SeedLeads(MarketoSoapEmulator emulator, int count)
    {
        var emails = Enumerable.Range(0, count).Select(i => $"lead{i}@example.com").ToList();
        foreach (var email in emails)
        {
            emulator.Store.AddLead(new StoredLead { Email = email });
        }

        return emails;
    }

    // A key selector takes at most 100 keys, so the tests select every seeded lead through the
    // last-updated window: each was written moments ago.
    private static GetMultipleLeadsRequest UpdatedSinceYesterday(int batchSize) => new()
    {
        Selector = new LastUpdatedSelector { Since = DateTimeOffset.UtcNow.AddDays(-1) },
        BatchSize = batchSize,
    };
}
