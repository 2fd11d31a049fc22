namespace Marketo.Soap.Models;

/// <summary>The outcome of one <c>syncCustomObjects</c> call.</summary>
public sealed class SyncCustomObjectsResult
{
    internal SyncCustomObjectsResult(IReadOnlyList<CustomObjectSyncResult> results) => Results = results;

    /// <summary>One result per record, in request order. A failed record is a result, not an exception.</summary>
    public IReadOnlyList<CustomObjectSyncResult> Results { get; }
}
