using Marketo.Soap.Models;
using Marketo.Soap.Operations;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests.Operations.Leads;

/// <summary>The edges of the checks on a lead sent for syncing: empty keys and the email length limit.</summary>
public class LeadRecordRuleEdgeTests
{
    [Fact]
    public async Task SyncLeadAsync_EmptyForeignSysPersonId_IsRefusedNamingTheField()
    {
        // An empty foreign id is still a key, so the "no key" rule does not catch it.
        var refusal = await OneExchange.RefusedAsync(c => c.SyncLeadAsync(new SyncLeadRequest { Lead = new LeadRecord { ForeignSysPersonId = string.Empty, ForeignSysType = ForeignSystemType.Sfdc } }));

        Assert.Equal((0, "ForeignSysPersonId"), (refusal.RecordIndex, refusal.Field));
    }

    [Fact]
    public async Task SyncLeadAsync_EmptyEmail_IsRefusedAsEmpty()
    {
        var refusal = await OneExchange.RefusedAsync(c => c.SyncLeadAsync(new SyncLeadRequest { Lead = new LeadRecord { Email = string.Empty } }));

        Assert.Equal("Email", refusal.Field);
        Assert.Contains("Email, is empty", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EmailAttributeOfTheLongestLength_IsAccepted()
    {
        var lead = new LeadRecord { Id = 1, Attributes = [new("Email", new string('a', LeadRecordRules.MaxEmailLength))] };

        Assert.Same(lead, LeadRecordRules.Validate(lead, 0, "request"));
    }
}
