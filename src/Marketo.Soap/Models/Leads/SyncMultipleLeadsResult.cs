namespace Marketo.Soap.Models;

/// <summary>The outcome of one <c>syncMultipleLeads</c> call.</summary>
public sealed class SyncMultipleLeadsResult
{
    internal SyncMultipleLeadsResult(IReadOnlyList<LeadSyncResult> results) => Results = results;

    /// <summary>One result per lead, in request order. A failed lead is a result, not an exception.</summary>
    public IReadOnlyList<LeadSyncResult> Results { get; }
}
