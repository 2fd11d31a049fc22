using Marketo.Soap.Models;

namespace Marketo.Soap.Tests.TestSupport;

/// <summary>Small valid requests for tests whose subject is not the request itself.</summary>
internal static class SampleRequests
{
    /// <summary>The two leads of Marketo's recorded syncMultipleLeads request.</summary>
    public static SyncMultipleLeadsRequest TwoLeads() => new()
    {
        Leads =
        [
            new LeadRecord { Email = "em1000@etestd.marketo.net", Attributes = [new("Company", "Marketo1000"), new("Phone", "650-555-1000")] },
            new LeadRecord { Email = "em1001@etestd.marketo.net", Attributes = [new("Company", "Marketo1001"), new("Phone", "650-555-1001")] },
        ],
        DedupEnabled = true,
    };

    /// <summary>Three leads keyed by email, for answers with three statuses.</summary>
    public static SyncMultipleLeadsRequest ThreeLeads() => new()
    {
        Leads = [.. Enumerable.Range(0, 3).Select(i => new LeadRecord { Email = $"lead{i}@example.com" })],
    };

    /// <summary>The program cost update of Marketo's recorded syncMObjects request.</summary>
    public static SyncMObjectsRequest ProgramCost() => new()
    {
        Operation = MObjectOperation.Update,
        Objects =
        [
            new MObjectRecord
            {
                Type = MObjectTypes.Program,
                Id = 1970,
                TypeAttributes = [MObjectTypeAttribute.ProgramCost(new DateOnly(2013, 6, 1), 2000m, costId: 153)],
            },
        ],
    };
}
