namespace Marketo.Soap.Models;

/// <summary>Marketo's answer for one MObject of a <c>syncMObjects</c> call.</summary>
/// <remarks>The <see cref="Index"/>-th status answers the <see cref="Index"/>-th object of the request.</remarks>
public sealed class MObjectSyncResult
{
    internal MObjectSyncResult(int index, MObjectRecord record, int? id, MObjectAttribute? externalKey, MObjectSyncStatus status, string statusText, string? error)
    {
        Index = index;
        Record = record;
        Id = id;
        ExternalKey = externalKey;
        Status = status;
        StatusText = statusText;
        Error = error;
    }

    /// <summary>
    /// The position of <see cref="Record"/> in the request's <see cref="SyncMObjectsRequest.Objects"/>,
    /// or, from a bulk sync, in the whole input.
    /// </summary>
    public int Index { get; }

    /// <summary>The object this result answers, as the caller passed it.</summary>
    public MObjectRecord Record { get; }

    /// <summary>Marketo's id of the object, or <see langword="null"/> when the answer carried none.</summary>
    public int? Id { get; }

    /// <summary>The external key Marketo echoed, or <see langword="null"/>.</summary>
    public MObjectAttribute? ExternalKey { get; }

    /// <summary>What Marketo did with the object.</summary>
    public MObjectSyncStatus Status { get; }

    /// <summary>The status word exactly as Marketo sent it, for example <c>UPDATED</c>.</summary>
    public string StatusText { get; }

    /// <summary>Marketo's reason for a failure, or <see langword="null"/> when there is none.</summary>
    public string? Error { get; }

    /// <summary>Whether the object was created, updated, deleted or already up to date.</summary>
    public bool Succeeded => Status is MObjectSyncStatus.Created or MObjectSyncStatus.Updated or MObjectSyncStatus.Deleted or MObjectSyncStatus.Unchanged;
}
