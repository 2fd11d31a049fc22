using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests;

/// <summary>
/// syncMObjects UPDATE of an opportunity (contract facts §2.7): what it does not send it keeps; an
/// external key it sends replaces the old one; a Company it sends replaces the old company whole.
/// </summary>
public class OpportunitySyncUpdateTests
{
    private static readonly StoredExternalKey OldKey = new("extOppId", "X");
    private static readonly StoredExternalKey OldCompanyKey = new("extCompanyId", "ACME");

    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    [Fact]
    public async Task Update_SendingNeitherKeyNorCompany_KeepsBoth()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var existing = AddOld(emulator);

        var answer = await emulator.PostAsync(Wire.SyncMObjects("UPDATE", Wire.MObject("Opportunity", id: existing.Id, attribs: [("Stage", "Won")])), _clock);

        Assert.Equal("UPDATED", MObjectStatus.Single(answer).Status);
        var stored = emulator.Store.FindOpportunity(existing.Id)!;
        Assert.Equal((OldKey, (int?)77, OldCompanyKey, "Won"), (stored.ExternalKey, stored.CompanyId, stored.CompanyExternalKey, stored.Attributes["Stage"]));
    }

    [Fact]
    public async Task Update_SendingANewExternalKey_ReplacesTheOld()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var existing = AddOld(emulator);

        await emulator.PostAsync(Wire.SyncMObjects("UPDATE", Wire.MObject("Opportunity", id: existing.Id, externalKey: ("extOppId", "Y"))), _clock);

        Assert.Equal(new StoredExternalKey("extOppId", "Y"), emulator.Store.FindOpportunity(existing.Id)!.ExternalKey);
    }

    [Fact]
    public async Task Update_SendingACompanyById_ReplacesTheCompanyWhole()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var existing = AddOld(emulator);

        await emulator.PostAsync(Wire.SyncMObjects("UPDATE", Wire.MObject("Opportunity", id: existing.Id, associations: [Wire.Association("Company", id: 88)])), _clock);

        var stored = emulator.Store.FindOpportunity(existing.Id)!;
        Assert.Equal(((int?)88, (StoredExternalKey?)null), (stored.CompanyId, stored.CompanyExternalKey));
    }

    [Fact]
    public async Task Update_SendingACompanyByKey_ReplacesTheCompanyWhole()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var existing = AddOld(emulator);

        await emulator.PostAsync(Wire.SyncMObjects("UPDATE", Wire.MObject("Opportunity", id: existing.Id, associations: [Wire.Association("Company", externalKey: ("extCompanyId", "BETA"))])), _clock);

        var stored = emulator.Store.FindOpportunity(existing.Id)!;
        Assert.Equal(((int?)null, new StoredExternalKey("extCompanyId", "BETA")), (stored.CompanyId, stored.CompanyExternalKey));
    }

    [Fact]
    public async Task CompanyWithNeitherIdNorKey_FailsAndCreatesNothing()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);

        var answer = await emulator.PostAsync(Wire.SyncMObjects("INSERT", Wire.MObject("Opportunity", associations: [Wire.Association("Company")])), _clock);

        var status = MObjectStatus.Single(answer);
        Assert.Equal("FAILED", status.Status);
        Assert.Contains("Company", status.Error, StringComparison.Ordinal);
        Assert.Empty(emulator.Store.Opportunities);
    }

    private static StoredOpportunity AddOld(MarketoSoapEmulator emulator) => emulator.Store.AddOpportunity(new StoredOpportunity
    {
        ExternalKey = OldKey,
        CompanyId = 77,
        CompanyExternalKey = OldCompanyKey,
        Attributes = new Dictionary<string, string> { ["Stage"] = "Open" },
    });
}
