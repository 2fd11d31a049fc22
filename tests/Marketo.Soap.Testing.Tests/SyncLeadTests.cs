using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests;

/// <summary>syncLead semantics (operations facts §4.1), over HTTP.</summary>
public class SyncLeadTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    [Fact]
    public async Task NewEmail_ReturnLead_CreatesAndAnswersTheFullRecord()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);

        var answer = await emulator.PostAsync(Wire.SyncLead(Wire.Lead(email: "p@example.com", attributes: [("FirstName", "Peter"), ("Website", "example.com")]), returnLead: true), _clock);

        answer.AssertSuccess();
        var status = Assert.Single(answer.LeadStatuses);
        Assert.Equal("CREATED", status.Status);
        Assert.Null(status.Error);
        Assert.Equal(status.LeadId.ToString(System.Globalization.CultureInfo.InvariantCulture), answer.Xml.Descendants("result").Single().Element("leadId")!.Value);
        var record = answer.Xml.Descendants("leadRecord").Single();
        Assert.Equal("p@example.com", record.Element("Email")!.Value);
        Assert.Equal(["FirstName", "Website"], record.Descendants("attrName").Select(n => n.Value));
        Assert.Equal("Peter", emulator.Store.FindLead(status.LeadId)!.Attributes["FirstName"]);
        Assert.Empty(WsdlSchema.ValidateBody(answer.Xml));
    }

    [Fact]
    public async Task ExistingEmail_NoReturnLead_UpdatesAndAnswersANilRecord()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var existing = emulator.Store.AddLead(new StoredLead { Email = "p@example.com" });

        var answer = await emulator.PostAsync(Wire.SyncLead(Wire.Lead(email: "p@example.com", attributes: ("Company", "Acme")), returnLead: false), _clock);

        Assert.Equal(new SoapAnswer.LeadStatus(existing.Id, "UPDATED", null), Assert.Single(answer.LeadStatuses));
        Assert.Equal("true", (string?)answer.Xml.Descendants("leadRecord").Single().Attribute(Wire.Xsi + "nil"));
        Assert.Equal("Acme", emulator.Store.FindLead(existing.Id)!.Attributes["Company"]);
    }

    [Fact]
    public async Task UnknownField_FailsTheWholeCallWith20105AndWritesNothing()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);

        var answer = await emulator.PostAsync(Wire.SyncLead(Wire.Lead(email: "p@example.com", attributes: ("pants", "blue")), returnLead: false), _clock);

        answer.AssertMarketoFault(20105);
        Assert.Equal("syncLead operation failed: unknown fields for import: pants (20105)", answer.FaultMessage);
        Assert.Empty(emulator.Store.Leads);
    }

    [Fact]
    public async Task NoKey_FailsWith20101()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);

        var answer = await emulator.PostAsync(Wire.SyncLead(Wire.Lead(attributes: ("Company", "Acme")), returnLead: false), _clock);

        answer.AssertMarketoFault(20101);
        Assert.Empty(emulator.Store.Leads);
    }

    [Fact]
    public async Task UnknownId_FailsWith20106()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);

        var answer = await emulator.PostAsync(Wire.SyncLead(Wire.Lead(id: 42), returnLead: false), _clock);

        answer.AssertMarketoFault(20106);
    }
}
