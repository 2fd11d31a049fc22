namespace Marketo.Soap.Models;

/// <summary>The outcome of one <c>syncMObjects</c> call.</summary>
public sealed class SyncMObjectsResult
{
    internal SyncMObjectsResult(IReadOnlyList<MObjectSyncResult> results) => Results = results;

    /// <summary>One result per object, in request order. A failed object is a result, not an exception.</summary>
    public IReadOnlyList<MObjectSyncResult> Results { get; }
}
