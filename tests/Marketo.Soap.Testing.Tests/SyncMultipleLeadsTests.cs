using Marketo.Soap.Testing.Tests.TestSupport;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests;

/// <summary>syncMultipleLeads semantics (contract facts §2.3, §2.7), over HTTP.</summary>
public class SyncMultipleLeadsTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    [Fact]
    public async Task RecordedRequest_LeadsExist_AnswersExactlyTheRecordedAnswer()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Store.AddLead(new StoredLead { Id = 1090240, Email = "em1000@etestd.marketo.net" });
        emulator.Store.AddLead(new StoredLead { Id = 1090239, Email = "em1001@etestd.marketo.net" });

        var answer = await emulator.PostFixtureAsync(Fixtures.ReadRecorded("syncMultipleLeads.request.email-keys.xml"), _clock);

        XmlAssert.SemanticallyEqual(Fixtures.ReadRecorded("syncMultipleLeads.response.updated-updated.xml"), answer.Body);
    }

    [Fact]
    public async Task Answer_ValidatesAgainstTheWsdl()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);

        var answer = await emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com"), Wire.Lead(id: 99)), _clock);

        Assert.Empty(WsdlSchema.ValidateBody(answer.Xml));
    }

    [Fact]
    public async Task NewEmails_AreCreatedWithIncreasingIdsInRequestOrder()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);

        var answer = await emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com"), Wire.Lead(email: "b@example.com")), _clock);

        Assert.Equal(["CREATED", "CREATED"], answer.LeadStatuses.Select(s => s.Status));
        Assert.True(answer.LeadStatuses[0].LeadId < answer.LeadStatuses[1].LeadId);
        Assert.Equal("a@example.com", emulator.Store.FindLead(answer.LeadStatuses[0].LeadId)!.Email);
        Assert.Equal("b@example.com", emulator.Store.FindLead(answer.LeadStatuses[1].LeadId)!.Email);
    }

    [Fact]
    public async Task NewIds_ContinueAfterTheHighestSeededId()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Store.AddLead(new StoredLead { Id = 500, Email = "old@example.com" });

        var answer = await emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(email: "new@example.com")), _clock);

        Assert.Equal(501, Assert.Single(answer.LeadStatuses).LeadId);
    }

    [Fact]
    public async Task Success_ErrorIsNil()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);

        var answer = await emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com")), _clock);

        var error = answer.Xml.Descendants("error").Single();
        Assert.Equal("true", (string?)error.Attribute(System.Xml.Linq.XNamespace.Get("http://www.w3.org/2001/XMLSchema-instance") + "nil"));
        Assert.Contains(answer.Xml.Root!.Attributes(), a => a.IsNamespaceDeclaration && a.Value == "http://www.w3.org/2001/XMLSchema-instance");
    }

    [Theory]
    [InlineData(null)]
    [InlineData(true)]
    public async Task DedupOnOrAbsent_ExistingEmail_UpdatesThatLead(bool? dedup)
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var existing = emulator.Store.AddLead(new StoredLead { Email = "a@example.com" });

        var answer = await emulator.PostAsync(Wire.SyncMultipleLeads(dedup, Wire.Lead(email: "A@Example.com", attributes: ("Company", "Acme"))), _clock);

        Assert.Equal(new SoapAnswer.LeadStatus(existing.Id, "UPDATED", null), Assert.Single(answer.LeadStatuses));
        Assert.Equal("Acme", emulator.Store.FindLead(existing.Id)!.Attributes["Company"]);
    }

    [Fact]
    public async Task DedupNil_ExistingEmail_UpdatesThatLead()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var existing = emulator.Store.AddLead(new StoredLead { Email = "a@example.com" });
        var body = Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com"));
        body.Add(new System.Xml.Linq.XElement("dedupEnabled", new System.Xml.Linq.XAttribute(System.Xml.Linq.XNamespace.Get("http://www.w3.org/2001/XMLSchema-instance") + "nil", "true")));

        var answer = await emulator.PostAsync(body, _clock);

        Assert.Equal(existing.Id, Assert.Single(answer.LeadStatuses).LeadId);
    }

    [Fact]
    public async Task DedupOff_ExistingEmail_CreatesADuplicate()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var existing = emulator.Store.AddLead(new StoredLead { Email = "a@example.com" });

        var answer = await emulator.PostAsync(Wire.SyncMultipleLeads(false, Wire.Lead(email: "a@example.com")), _clock);

        var status = Assert.Single(answer.LeadStatuses);
        Assert.Equal("CREATED", status.Status);
        Assert.NotEqual(existing.Id, status.LeadId);
        Assert.Equal(2, emulator.Store.FindLeadsByEmail("a@example.com").Count);
    }

    [Fact]
    public async Task SameNewEmailTwiceInOneCall_SecondUpdatesWhatTheFirstCreated()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);

        var answer = await emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com"), Wire.Lead(email: "a@example.com")), _clock);

        Assert.Equal(["CREATED", "UPDATED"], answer.LeadStatuses.Select(s => s.Status));
        Assert.Equal(answer.LeadStatuses[0].LeadId, answer.LeadStatuses[1].LeadId);
    }

    [Fact]
    public async Task IdGiven_WinsOverEmail()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var byId = emulator.Store.AddLead(new StoredLead { Email = "id@example.com" });
        var byEmail = emulator.Store.AddLead(new StoredLead { Email = "email@example.com" });

        var answer = await emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(id: byId.Id, email: "email@example.com", attributes: ("Company", "Acme"))), _clock);

        Assert.Equal(byId.Id, Assert.Single(answer.LeadStatuses).LeadId);
        Assert.Equal("Acme", emulator.Store.FindLead(byId.Id)!.Attributes["Company"]);
        Assert.Empty(emulator.Store.FindLead(byEmail.Id)!.Attributes);
    }

    [Fact]
    public async Task IdGiven_EmailKeyAlone_DoesNotChangeTheAddress()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var lead = emulator.Store.AddLead(new StoredLead { Email = "old@example.com" });

        await emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(id: lead.Id, email: "new@example.com")), _clock);

        Assert.Equal("old@example.com", emulator.Store.FindLead(lead.Id)!.Email);
    }

    [Fact]
    public async Task EmailAttribute_ChangesTheAddress()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var lead = emulator.Store.AddLead(new StoredLead { Email = "old@example.com" });

        await emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(id: lead.Id, email: "new@example.com", attributes: ("Email", "new@example.com"))), _clock);

        Assert.Equal("new@example.com", emulator.Store.FindLead(lead.Id)!.Email);
        Assert.False(emulator.Store.FindLead(lead.Id)!.Attributes.ContainsKey("Email"));
    }

    [Fact]
    public async Task EmailAttribute_ChangedAddress_MatchesByTheNewAddressOnlyFromThenOn()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var lead = emulator.Store.AddLead(new StoredLead { Email = "old@example.com" });
        await emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(id: lead.Id, attributes: ("Email", "new@example.com"))), _clock);

        await emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(email: "old@example.com"), Wire.Lead(email: "NEW@example.com")), _clock);

        Assert.Equal([lead.Id], emulator.Store.FindLeadsByEmail("new@example.com").Select(l => l.Id));
        var recreated = Assert.Single(emulator.Store.FindLeadsByEmail("old@example.com"));
        Assert.NotEqual(lead.Id, recreated.Id);
    }

    [Fact]
    public async Task IdGivenWithForeignId_WritesTheForeignIdToThatLead()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var lead = emulator.Store.AddLead(new StoredLead { Email = "a@example.com" });

        await emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(id: lead.Id, foreignId: "CRM-7", foreignType: "SFDC")), _clock);

        Assert.Equal([new ForeignPersonId("SFDC", "CRM-7")], emulator.Store.FindLead(lead.Id)!.ForeignPersonIds);
    }

    [Fact]
    public async Task IdGivenWithAnotherLeadsForeignId_MovesTheForeignId()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var holder = emulator.Store.AddLead(new StoredLead { ForeignPersonIds = [new ForeignPersonId("CUSTOM", "X1")] });
        var target = emulator.Store.AddLead(new StoredLead { Email = "t@example.com" });

        await emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(id: target.Id, foreignId: "X1", foreignType: "CUSTOM")), _clock);

        Assert.Empty(emulator.Store.FindLead(holder.Id)!.ForeignPersonIds);
        Assert.Single(emulator.Store.FindLead(target.Id)!.ForeignPersonIds);
    }

    [Fact]
    public async Task ForeignIdWithoutId_WinsOverEmail()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var byForeignId = emulator.Store.AddLead(new StoredLead { Email = "f@example.com", ForeignPersonIds = [new ForeignPersonId("NETSUITE", "N-1")] });
        emulator.Store.AddLead(new StoredLead { Email = "e@example.com" });

        var answer = await emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(email: "e@example.com", foreignId: "N-1", foreignType: "NETSUITE")), _clock);

        Assert.Equal(new SoapAnswer.LeadStatus(byForeignId.Id, "UPDATED", null), Assert.Single(answer.LeadStatuses));
    }

    [Fact]
    public async Task UnknownForeignId_CreatesALeadHoldingIt()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);

        var answer = await emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(email: "n@example.com", foreignId: "C-9", foreignType: "CUSTOM")), _clock);

        var status = Assert.Single(answer.LeadStatuses);
        Assert.Equal("CREATED", status.Status);
        var lead = emulator.Store.FindLead(status.LeadId)!;
        Assert.Equal(("n@example.com", new ForeignPersonId("CUSTOM", "C-9")), (lead.Email, Assert.Single(lead.ForeignPersonIds)));
    }

    [Fact]
    public async Task IdWithForeignIdWithoutItsType_UpdatesByIdAndStoresNoForeignId()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var lead = emulator.Store.AddLead(new StoredLead { Email = "six@example.com" });

        var answer = await emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(id: lead.Id, foreignId: "12346", attributes: ("Company", "C123"))), _clock);

        Assert.Equal(new SoapAnswer.LeadStatus(lead.Id, "UPDATED", null), Assert.Single(answer.LeadStatuses));
        var stored = emulator.Store.FindLead(lead.Id)!;
        Assert.Equal("C123", stored.Attributes["Company"]);
        Assert.Empty(stored.ForeignPersonIds);
    }

    [Fact]
    public async Task QualifiedLeadAttributeList_Lenient_SyncsTheLeadWithoutItsAttributesAndWarns()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock, o => o.Strict = false);

        var answer = await emulator.PostFixtureAsync(Fixtures.Read("syncMultipleLeads.request.qualified-attribute-list.xml"), _clock);

        Assert.Equal("CREATED", Assert.Single(answer.LeadStatuses).Status);
        Assert.Empty(Assert.Single(emulator.Store.FindLeadsByEmail("jaxws@example.com")).Attributes);
        Assert.Contains("leadAttributeList", Assert.Single(emulator.Warnings));
    }

    [Fact]
    public async Task QualifiedLeadAttributeList_Strict_FailsWith20012()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);

        var answer = await emulator.PostFixtureAsync(Fixtures.Read("syncMultipleLeads.request.qualified-attribute-list.xml"), _clock);

        answer.AssertMarketoFault(20012);
        Assert.Empty(emulator.Store.Leads);
    }

    [Fact]
    public async Task ForeignIdWithoutItsTypeOrId_Fails()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);

        var answer = await emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(foreignId: "C-9")), _clock);

        var status = Assert.Single(answer.LeadStatuses);
        Assert.Equal("FAILED", status.Status);
        Assert.Contains("ForeignSysType", status.Error);
    }

    [Fact]
    public async Task IdMatchingNoLead_FailsWithAnErrorAndLeadIdZero()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);

        var answer = await emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(id: 4242, email: "a@example.com")), _clock);

        var status = Assert.Single(answer.LeadStatuses);
        Assert.Equal((0, "FAILED"), (status.LeadId, status.Status));
        Assert.Contains("4242", status.Error);
        Assert.Empty(emulator.Store.Leads);
    }

    [Fact]
    public async Task RecordWithoutAnyKey_Fails()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);

        var answer = await emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(attributes: ("Company", "Acme"))), _clock);

        Assert.Equal("FAILED", Assert.Single(answer.LeadStatuses).Status);
    }

    [Fact]
    public async Task FailedRecord_DoesNotStopTheOthers_StatusesStayInRequestOrder()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var existing = emulator.Store.AddLead(new StoredLead { Email = "e@example.com" });

        var answer = await emulator.PostAsync(
            Wire.SyncMultipleLeads(Wire.Lead(email: "new@example.com"), Wire.Lead(id: 999), Wire.Lead(email: "e@example.com")),
            _clock);

        Assert.Equal(["CREATED", "FAILED", "UPDATED"], answer.LeadStatuses.Select(s => s.Status));
        Assert.Equal(existing.Id, answer.LeadStatuses[2].LeadId);
    }

    [Fact]
    public async Task UnknownField_FailsTheWholeCallWith20105NamingItAndWritesNothing()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);

        var answer = await emulator.PostAsync(
            Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com"), Wire.Lead(email: "b@example.com", attributes: ("pants", "blue"))),
            _clock);

        answer.AssertMarketoFault(20105);
        Assert.Equal("syncMultipleLeads operation failed: unknown fields for import: pants (20105)", answer.FaultMessage);
        Assert.Empty(emulator.Store.Leads);
    }

    [Fact]
    public async Task CustomFieldAddedToTheStore_IsAccepted()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Store.AddLeadFields("pants");

        var answer = await emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com", attributes: ("pants", "blue"))), _clock);

        Assert.Equal("blue", emulator.Store.FindLead(Assert.Single(answer.LeadStatuses).LeadId)!.Attributes["pants"]);
    }

    [Fact]
    public async Task FieldNames_AreCaseSensitive()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);

        var answer = await emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com", attributes: ("company", "Acme"))), _clock);

        answer.AssertMarketoFault(20105);
    }

    [Fact]
    public async Task UpdatingAttributes_KeepsThoseNotSent()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var lead = emulator.Store.AddLead(new StoredLead { Email = "a@example.com", Attributes = new Dictionary<string, string> { ["Company"] = "Acme", ["Phone"] = "1" } });

        await emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(id: lead.Id, attributes: ("Phone", "2"))), _clock);

        var stored = emulator.Store.FindLead(lead.Id)!;
        Assert.Equal(("Acme", "2"), (stored.Attributes["Company"], stored.Attributes["Phone"]));
    }
}
