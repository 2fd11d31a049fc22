using Marketo.Soap.Models;
using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests.EndToEnd;

/// <summary>The real <see cref="MarketoSoapClient"/> against the emulator, over real HTTP, in strict mode.</summary>
public class ClientOperationsTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    [Fact]
    public async Task SyncMultipleLeadsAsync_NewAndExistingLeads_CreatesAndUpdatesInRequestOrder()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var existing = emulator.Store.AddLead(new StoredLead { Email = "known@example.com" });
        using var client = new MarketoSoapClient(emulator.CreateClientOptions().WithoutRetries(), timeProvider: _clock);

        var result = await client.SyncMultipleLeadsAsync(new SyncMultipleLeadsRequest
        {
            Leads =
            [
                new LeadRecord { Email = "new@example.com", Attributes = [new("FirstName", "Ada")] },
                new LeadRecord { Email = "known@example.com", Attributes = [new("Company", "Acme")] },
            ],
        });

        Assert.Equal([LeadSyncStatus.Created, LeadSyncStatus.Updated], result.Results.Select(r => r.Status));
        Assert.Equal(existing.Id, result.Results[1].LeadId);
        Assert.Equal("Ada", emulator.Store.FindLead(result.Results[0].LeadId!.Value)!.Attributes["FirstName"]);
        Assert.Equal("Acme", emulator.Store.FindLead(existing.Id)!.Attributes["Company"]);
        Assert.Empty(emulator.Warnings);
    }

    [Fact]
    public async Task SyncMultipleLeadsAsync_ById_UpdatesThatLeadAndWritesItsForeignId()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var lead = emulator.Store.AddLead(new StoredLead { Email = "a@example.com" });
        using var client = new MarketoSoapClient(emulator.CreateClientOptions().WithoutRetries(), timeProvider: _clock);

        var result = await client.SyncMultipleLeadsAsync(new SyncMultipleLeadsRequest
        {
            Leads = [new LeadRecord { Id = lead.Id, ForeignSysPersonId = "003A", ForeignSysType = ForeignSystemType.Sfdc }],
        });

        Assert.Equal((lead.Id, LeadSyncStatus.Updated), (result.Results[0].LeadId, result.Results[0].Status));
        Assert.Equal([new ForeignPersonId("SFDC", "003A")], emulator.Store.FindLead(lead.Id)!.ForeignPersonIds);
    }

    [Fact]
    public async Task SyncMultipleLeadsAsync_DedupDisabled_CreatesADuplicate()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Store.AddLead(new StoredLead { Email = "a@example.com" });
        using var client = new MarketoSoapClient(emulator.CreateClientOptions().WithoutRetries(), timeProvider: _clock);

        var result = await client.SyncMultipleLeadsAsync(new SyncMultipleLeadsRequest { Leads = [new LeadRecord { Email = "a@example.com" }], DedupEnabled = false });

        Assert.Equal(LeadSyncStatus.Created, result.Results[0].Status);
        Assert.Equal(2, emulator.Store.FindLeadsByEmail("a@example.com").Count);
    }

    [Fact]
    public async Task SyncMultipleLeadsAsync_UnknownId_ReturnsAFailedResultWithTheError()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        using var client = new MarketoSoapClient(emulator.CreateClientOptions().WithoutRetries(), timeProvider: _clock);

        var result = await client.SyncMultipleLeadsAsync(new SyncMultipleLeadsRequest { Leads = [new LeadRecord { Id = 31337 }] });

        var only = Assert.Single(result.Results);
        Assert.Equal(LeadSyncStatus.Failed, only.Status);
        Assert.Contains("31337", only.Error);
    }

    [Fact]
    public async Task SyncMObjectsAsync_ProgramCostAndTag_UpdatesTheProgram()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Store.AddTagType("Region", "EMEA");
        emulator.Store.AddProgram(new StoredProgram { Id = 1970, Costs = [new StoredProgramCost { Id = 153, Month = new DateOnly(2013, 5, 1), Amount = 1 }] });
        using var client = new MarketoSoapClient(emulator.CreateClientOptions().WithoutRetries(), timeProvider: _clock);

        var result = await client.SyncMObjectsAsync(new SyncMObjectsRequest
        {
            Operation = MObjectOperation.Update,
            Objects =
            [
                new MObjectRecord
                {
                    Type = MObjectTypes.Program,
                    Id = 1970,
                    TypeAttributes = [MObjectTypeAttribute.ProgramCost(new DateOnly(2013, 6, 1), 2000m, costId: 153, note: "Booth"), MObjectTypeAttribute.ProgramTag("Region", "EMEA")],
                },
            ],
        });

        Assert.Equal((1970, MObjectSyncStatus.Updated), (result.Results[0].Id, result.Results[0].Status));
        var program = emulator.Store.FindProgram(1970)!;
        Assert.Equal(new StoredProgramCost { Id = 153, Month = new DateOnly(2013, 6, 1), Amount = 2000m, Note = "Booth" }, Assert.Single(program.Costs));
        Assert.Equal("EMEA", program.Tags["Region"]);
    }

    [Fact]
    public async Task SyncMObjectsAsync_OpportunityWithCompanyThenRoleByExternalKey_CreatesBothLinked()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var lead = emulator.Store.AddLead(new StoredLead { Email = "buyer@example.com" });
        using var client = new MarketoSoapClient(emulator.CreateClientOptions().WithoutRetries(), timeProvider: _clock);
        var key = new MObjectAttribute("extOppId", "Q1-2014");

        var result = await client.SyncMObjectsAsync(new SyncMObjectsRequest
        {
            Operation = MObjectOperation.Insert,
            Objects =
            [
                new MObjectRecord
                {
                    Type = MObjectTypes.Opportunity,
                    ExternalKey = key,
                    Attributes = [new("Name", "Q1 2014"), new("Amount", "2000")],
                    Associations = [new MObjectAssociation { Type = MObjectTypes.Company, Id = 42 }],
                },
                new MObjectRecord
                {
                    Type = MObjectTypes.OpportunityPersonRole,
                    Attributes = [new("PersonId", lead.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Role", "Buyer")],
                    Associations = [new MObjectAssociation { Type = MObjectTypes.Opportunity, ExternalKey = key }],
                },
            ],
        });

        Assert.Equal([MObjectSyncStatus.Created, MObjectSyncStatus.Created], result.Results.Select(r => r.Status));
        Assert.Equal(key, result.Results[0].ExternalKey);
        var opportunity = Assert.Single(emulator.Store.Opportunities);
        Assert.Equal(((int?)opportunity.Id, (int?)42), (result.Results[0].Id, opportunity.CompanyId));
        var role = Assert.Single(emulator.Store.OpportunityPersonRoles);
        Assert.Equal((opportunity.Id, lead.Id, "Buyer"), (role.OpportunityId, role.PersonId, role.Attributes["Role"]));
    }

    [Fact]
    public async Task SyncMObjectsAsync_UpdateOfAMissingOpportunity_ReturnsSkipped()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        using var client = new MarketoSoapClient(emulator.CreateClientOptions().WithoutRetries(), timeProvider: _clock);

        var result = await client.SyncMObjectsAsync(new SyncMObjectsRequest
        {
            Operation = MObjectOperation.Update,
            Objects = [new MObjectRecord { Type = MObjectTypes.Opportunity, Id = 5, Attributes = [new("Stage", "Won")] }],
        });

        Assert.Equal(MObjectSyncStatus.Skipped, Assert.Single(result.Results).Status);
    }

    [Fact]
    public async Task SyncMultipleLeadsAsync_TextNeedingEscapesAndNonAscii_ArrivesUnchanged()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        using var client = new MarketoSoapClient(emulator.CreateClientOptions().WithoutRetries(), timeProvider: _clock);
        const string company = "Zoë & Søn <Ltd> \"quoted\" 株式会社";

        var result = await client.SyncMultipleLeadsAsync(new SyncMultipleLeadsRequest
        {
            Leads = [new LeadRecord { Email = "zoë@example.com", Attributes = [new("Company", company)] }],
        });

        var lead = emulator.Store.FindLead(result.Results[0].LeadId!.Value)!;
        Assert.Equal(("zoë@example.com", company), (lead.Email, lead.Attributes["Company"]));
    }

    [Fact]
    public async Task SyncMultipleLeadsAsync_ThreeHundredLeads_EachGetsItsOwnResult()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        using var client = new MarketoSoapClient(emulator.CreateClientOptions().WithoutRetries(), timeProvider: _clock);
        var leads = Enumerable.Range(0, SyncMultipleLeadsRequest.MaxLeadsPerCall).Select(i => new LeadRecord { Email = $"lead{i}@example.com" }).ToList();

        var result = await client.SyncMultipleLeadsAsync(new SyncMultipleLeadsRequest { Leads = leads });

        Assert.Equal(300, result.Results.Count);
        Assert.All(result.Results, r => Assert.Equal($"lead{r.Index}@example.com", emulator.Store.FindLead(r.LeadId!.Value)!.Email));
    }

    [Fact]
    public async Task ClientCall_IsLoggedWithItsSoapActionAndWithoutItsSignature()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        using var client = new MarketoSoapClient(emulator.CreateClientOptions().WithoutRetries(), timeProvider: _clock);

        await client.SyncMultipleLeadsAsync(new SyncMultipleLeadsRequest { Leads = [new LeadRecord { Email = "a@example.com" }] });

        var exchange = Assert.Single(emulator.Exchanges);
        Assert.Equal(("syncMultipleLeads", 1), (exchange.Operation, exchange.RecordCount));
        Assert.Equal("\"http://www.marketo.com/mktows/syncMultipleLeads\"", exchange.SoapAction);
        var signature = RequestSigner.Sign(RequestSigner.Timestamp(_clock.GetUtcNow()), emulator.UserId, emulator.EncryptionKey);
        Assert.DoesNotContain(signature, exchange.RequestBody);
        Assert.Contains(">REDACTED</requestSignature>", exchange.RequestBody);
    }
}
