namespace Marketo.Soap.Models;

/// <summary>Marketo's answer for one record of a <c>syncCustomObjects</c> call.</summary>
/// <remarks>The <see cref="Index"/>-th status answers the <see cref="Index"/>-th record of the request.</remarks>
public sealed class CustomObjectSyncResult
{
    internal CustomObjectSyncResult(int index, CustomObjectRecord record, IReadOnlyList<CustomObjectField> keys, CustomObjectSyncStatus status, string statusText, string? error)
    {
        Index = index;
        Record = record;
        Keys = keys;
        Status = status;
        StatusText = statusText;
        Error = error;
    }

    /// <summary>
    /// The position of <see cref="Record"/> in the request's <see cref="SyncCustomObjectsRequest.Records"/>,
    /// or, from a bulk sync, in the whole input.
    /// </summary>
    public int Index { get; }

    /// <summary>The record this result answers, as the caller passed it.</summary>
    public CustomObjectRecord Record { get; }

    /// <summary>The key fields Marketo echoed; empty when it echoed none.</summary>
    public IReadOnlyList<CustomObjectField> Keys { get; }

    /// <summary>What Marketo did with the record.</summary>
    public CustomObjectSyncStatus Status { get; }

    /// <summary>The status word exactly as Marketo sent it, for example <c>UPDATED</c>.</summary>
    public string StatusText { get; }

    /// <summary>Marketo's reason for a failure, for example <c>Unknown name attribute list: nameasdf</c>, or <see langword="null"/>.</summary>
    public string? Error { get; }

    /// <summary>Whether the record was created, updated or already up to date.</summary>
    public bool Succeeded => Status is CustomObjectSyncStatus.Created or CustomObjectSyncStatus.Updated or CustomObjectSyncStatus.Unchanged;
}
