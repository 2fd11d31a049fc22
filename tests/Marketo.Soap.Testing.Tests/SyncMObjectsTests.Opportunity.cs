using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests;

public partial class SyncMObjectsTests
{
    /// <summary>Opportunity: fields, an external key, and a Company association.</summary>
    public class Opportunity
    {
        private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

        [Fact]
        public async Task Insert_New_CreatesWithFieldsExternalKeyAndCompany()
        {
            await using var emulator = await TestEmulator.StartAsync(_clock);

            var answer = await emulator.PostAsync(
                Wire.SyncMObjects("INSERT", Wire.MObject(
                    "Opportunity",
                    externalKey: ("extOppId", "Q1-2014"),
                    attribs: [("Name", "Q1 2014"), ("Amount", "2000")],
                    associations: [Wire.Association("Company", externalKey: ("extCompanyId", "ACME"))])),
                _clock);

            Assert.Equal("CREATED", StatusOf(answer));
            var opportunity = Assert.Single(emulator.Store.Opportunities);
            Assert.Equal(IdOf(answer), opportunity.Id);
            Assert.Equal(new StoredExternalKey("extOppId", "Q1-2014"), opportunity.ExternalKey);
            Assert.Equal(("Q1 2014", "2000"), (opportunity.Attributes["Name"], opportunity.Attributes["Amount"]));
            Assert.Equal(new StoredExternalKey("extCompanyId", "ACME"), opportunity.CompanyExternalKey);
        }

        [Fact]
        public async Task ExternalKeyInRequest_IsEchoedInTheStatus()
        {
            await using var emulator = await TestEmulator.StartAsync(_clock);

            var answer = await emulator.PostAsync(Wire.SyncMObjects("INSERT", Wire.MObject("Opportunity", externalKey: ("extOppId", "Q1-2014"))), _clock);

            var key = Assert.Single(answer.MObjStatuses).Element("externalKey")!;
            Assert.Equal(("extOppId", "Q1-2014"), (key.Element("name")!.Value, key.Element("value")!.Value));
        }

        [Fact]
        public async Task NoExternalKeyInRequest_NoneInTheStatus()
        {
            await using var emulator = await TestEmulator.StartAsync(_clock);

            var answer = await emulator.PostAsync(Wire.SyncMObjects("INSERT", Wire.MObject("Opportunity")), _clock);

            Assert.Null(Assert.Single(answer.MObjStatuses).Element("externalKey"));
        }

        [Fact]
        public async Task Insert_ExistingId_IsSkippedAndUnchanged()
        {
            await using var emulator = await TestEmulator.StartAsync(_clock);
            var existing = emulator.Store.AddOpportunity(new StoredOpportunity { Attributes = new Dictionary<string, string> { ["Name"] = "Old" } });

            var answer = await emulator.PostAsync(Wire.SyncMObjects("INSERT", Wire.MObject("Opportunity", id: existing.Id, attribs: [("Name", "New")])), _clock);

            Assert.Equal(("SKIPPED", existing.Id), (StatusOf(answer), IdOf(answer)));
            Assert.Equal("Old", emulator.Store.FindOpportunity(existing.Id)!.Attributes["Name"]);
        }

        [Fact]
        public async Task Update_ExistingId_ChangesSentFieldsOnly()
        {
            await using var emulator = await TestEmulator.StartAsync(_clock);
            var existing = emulator.Store.AddOpportunity(new StoredOpportunity { Attributes = new Dictionary<string, string> { ["Name"] = "Deal", ["Stage"] = "Open" } });

            var answer = await emulator.PostAsync(Wire.SyncMObjects("UPDATE", Wire.MObject("Opportunity", id: existing.Id, attribs: [("Stage", "Won")])), _clock);

            Assert.Equal("UPDATED", StatusOf(answer));
            var stored = emulator.Store.FindOpportunity(existing.Id)!;
            Assert.Equal(("Deal", "Won"), (stored.Attributes["Name"], stored.Attributes["Stage"]));
        }

        [Fact]
        public async Task Update_New_IsSkippedAndCreatesNothing()
        {
            await using var emulator = await TestEmulator.StartAsync(_clock);

            var answer = await emulator.PostAsync(Wire.SyncMObjects("UPDATE", Wire.MObject("Opportunity", id: 77, attribs: [("Name", "X")])), _clock);

            Assert.Equal(("SKIPPED", 77), (StatusOf(answer), IdOf(answer)));
            Assert.Empty(emulator.Store.Opportunities);
        }

        [Fact]
        public async Task Upsert_CreatesNewAndUpdatesExisting()
        {
            await using var emulator = await TestEmulator.StartAsync(_clock);
            var existing = emulator.Store.AddOpportunity(new StoredOpportunity());

            var answer = await emulator.PostAsync(
                Wire.SyncMObjects("UPSERT", Wire.MObject("Opportunity", id: existing.Id, attribs: [("Name", "A")]), Wire.MObject("Opportunity", attribs: [("Name", "B")])),
                _clock);

            Assert.Equal(["UPDATED", "CREATED"], answer.MObjStatuses.Select(s => s.Element("status")!.Value));
            Assert.Equal(["A", "B"], emulator.Store.Opportunities.Select(o => o.Attributes["Name"]));
        }

        [Fact]
        public async Task Upsert_NoIdButAKnownExternalKey_UpdatesTheNewestWithThatKey()
        {
            await using var emulator = await TestEmulator.StartAsync(_clock);
            var key = new StoredExternalKey("extOppId", "X");
            emulator.Store.AddOpportunity(new StoredOpportunity { ExternalKey = key });
            var newest = emulator.Store.AddOpportunity(new StoredOpportunity { ExternalKey = key });

            var answer = await emulator.PostAsync(Wire.SyncMObjects("UPSERT", Wire.MObject("Opportunity", externalKey: ("extOppId", "X"), attribs: [("Stage", "Won")])), _clock);

            Assert.Equal(("UPDATED", newest.Id), (StatusOf(answer), IdOf(answer)));
            Assert.Equal("Won", emulator.Store.FindOpportunity(newest.Id)!.Attributes["Stage"]);
        }

        [Fact]
        public async Task Insert_KnownExternalKeyWithoutId_CreatesAnotherSinceKeysAreNotUnique()
        {
            await using var emulator = await TestEmulator.StartAsync(_clock);
            emulator.Store.AddOpportunity(new StoredOpportunity { ExternalKey = new StoredExternalKey("extOppId", "X") });

            var answer = await emulator.PostAsync(Wire.SyncMObjects("INSERT", Wire.MObject("Opportunity", externalKey: ("extOppId", "X"))), _clock);

            Assert.Equal("CREATED", StatusOf(answer));
            Assert.Equal(2, emulator.Store.Opportunities.Count);
        }

        [Fact]
        public async Task AssociationOtherThanCompany_Fails()
        {
            await using var emulator = await TestEmulator.StartAsync(_clock);

            var answer = await emulator.PostAsync(Wire.SyncMObjects("INSERT", Wire.MObject("Opportunity", associations: [Wire.Association("Lead", id: 1)])), _clock);

            Assert.Equal("FAILED", StatusOf(answer));
            Assert.Empty(emulator.Store.Opportunities);
        }

        [Fact]
        public async Task CompanyById_IsStored()
        {
            await using var emulator = await TestEmulator.StartAsync(_clock);

            await emulator.PostAsync(Wire.SyncMObjects("INSERT", Wire.MObject("Opportunity", associations: [Wire.Association("Company", id: 42)])), _clock);

            Assert.Equal(42, Assert.Single(emulator.Store.Opportunities).CompanyId);
        }
    }
}
