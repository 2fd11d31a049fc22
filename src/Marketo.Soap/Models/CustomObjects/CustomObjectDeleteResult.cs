namespace Marketo.Soap.Models;

/// <summary>Marketo's answer for one key of a <c>deleteCustomObjects</c> call.</summary>
/// <remarks>The <see cref="Index"/>-th status answers the <see cref="Index"/>-th key of the request.</remarks>
public sealed class CustomObjectDeleteResult
{
    internal CustomObjectDeleteResult(int index, IReadOnlyList<CustomObjectField> keys, CustomObjectSyncStatus status, string statusText, string? error)
    {
        Index = index;
        Keys = keys;
        Status = status;
        StatusText = statusText;
        Error = error;
    }

    /// <summary>The position of the key in the request's <see cref="DeleteCustomObjectsRequest.Keys"/>.</summary>
    public int Index { get; }

    /// <summary>The key fields as the caller passed them.</summary>
    public IReadOnlyList<CustomObjectField> Keys { get; }

    /// <summary>What Marketo did: <see cref="CustomObjectSyncStatus.Deleted"/>, or <see cref="CustomObjectSyncStatus.Failed"/> with <see cref="Error"/>.</summary>
    public CustomObjectSyncStatus Status { get; }

    /// <summary>The status word exactly as Marketo sent it, for example <c>DELETED</c>.</summary>
    public string StatusText { get; }

    /// <summary>Marketo's reason for a failure, or <see langword="null"/>.</summary>
    public string? Error { get; }

    /// <summary>Whether the record was deleted, or (<c>UNCHANGED</c>) there was nothing to delete.</summary>
    public bool Succeeded => Status is CustomObjectSyncStatus.Deleted or CustomObjectSyncStatus.Unchanged;
}
