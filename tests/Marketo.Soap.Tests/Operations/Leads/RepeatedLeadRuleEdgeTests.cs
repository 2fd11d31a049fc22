using Marketo.Soap.Models;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests.Operations.Leads;

/// <summary>
/// A lead named twice in <c>syncMultipleLeads</c>: the refusal names the earlier record that holds
/// the same match key, not an earlier record that shares the value in a field Marketo does not match on.
/// </summary>
public class RepeatedLeadRuleEdgeTests
{
    [Fact]
    public async Task SyncMultipleLeadsAsync_ForeignIdRepeatedAfterALeadKeyedById_NamesTheLeadKeyedByTheForeignId()
    {
        // Record 0 carries the same foreign id, but its Id is what Marketo matches it on.
        var refusal = await RefusedAsync(
            new LeadRecord { Id = 7, ForeignSysPersonId = "F-1", ForeignSysType = ForeignSystemType.Sfdc },
            Foreign("F-1", ForeignSystemType.Sfdc),
            Foreign("F-1", ForeignSystemType.Sfdc));

        AssertRepeats(refusal, 2, "ForeignSysPersonId", 1);
    }

    [Fact]
    public async Task SyncMultipleLeadsAsync_ForeignIdRepeatedAfterAnotherForeignIdOfTheSameSystem_NamesTheLeadWithTheSameForeignId()
    {
        var refusal = await RefusedAsync(
            Foreign("F-0", ForeignSystemType.Sfdc),
            Foreign("F-1", ForeignSystemType.Sfdc),
            Foreign("F-1", ForeignSystemType.Sfdc));

        AssertRepeats(refusal, 2, "ForeignSysPersonId", 1);
    }

    [Fact]
    public async Task SyncMultipleLeadsAsync_ForeignIdRepeatedAfterTheSameIdOfAnotherSystem_NamesTheLeadOfTheSameSystem()
    {
        // The same id in another system is another lead.
        var refusal = await RefusedAsync(
            Foreign("F-1", ForeignSystemType.NetSuite),
            Foreign("F-1", ForeignSystemType.Sfdc),
            Foreign("F-1", ForeignSystemType.Sfdc));

        AssertRepeats(refusal, 2, "ForeignSysPersonId", 1);
    }

    [Fact]
    public async Task SyncMultipleLeadsAsync_EmailRepeatedAfterALeadKeyedById_NamesTheLeadKeyedByTheEmail()
    {
        var refusal = await RefusedAsync(
            new LeadRecord { Id = 7, Email = "ada@example.com" },
            new LeadRecord { Email = "ada@example.com" },
            new LeadRecord { Email = "ada@example.com" });

        AssertRepeats(refusal, 2, "Email", 1);
    }

    [Fact]
    public async Task SyncMultipleLeadsAsync_EmailRepeatedAfterALeadKeyedByForeignId_NamesTheLeadKeyedByTheEmail()
    {
        var refusal = await RefusedAsync(
            Foreign("F-1", ForeignSystemType.Sfdc) with { Email = "ada@example.com" },
            new LeadRecord { Email = "ada@example.com" },
            new LeadRecord { Email = "ada@example.com" });

        AssertRepeats(refusal, 2, "Email", 1);
    }

    private static LeadRecord Foreign(string id, ForeignSystemType type) => new() { ForeignSysPersonId = id, ForeignSysType = type };

    private static Task<MarketoRequestValidationException> RefusedAsync(params LeadRecord[] leads) =>
        OneExchange.RefusedAsync(c => c.SyncMultipleLeadsAsync(new SyncMultipleLeadsRequest { Leads = leads }));

    private static void AssertRepeats(MarketoRequestValidationException refusal, int index, string field, int earlier)
    {
        Assert.Equal((index, field), (refusal.RecordIndex, refusal.Field));
        Assert.Contains($"as record {earlier};", refusal.Message, StringComparison.Ordinal);
    }
}
