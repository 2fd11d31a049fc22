namespace Marketo.Soap.Models;

/// <summary>Marketo's answer for one object of a <c>deleteMObjects</c> call.</summary>
/// <remarks>The <see cref="Index"/>-th status answers the <see cref="Index"/>-th object of the request.</remarks>
public sealed class MObjectDeleteResult
{
    internal MObjectDeleteResult(int index, MObjectReference target, int? id, MObjectSyncStatus status, string statusText, string? error)
    {
        Index = index;
        Target = target;
        Id = id;
        Status = status;
        StatusText = statusText;
        Error = error;
    }

    /// <summary>The position of <see cref="Target"/> in the request's <see cref="DeleteMObjectsRequest.Objects"/>.</summary>
    public int Index { get; }

    /// <summary>The object this result answers, as the caller passed it.</summary>
    public MObjectReference Target { get; }

    /// <summary>The id Marketo echoed, or <see langword="null"/> when the answer carried none.</summary>
    public int? Id { get; }

    /// <summary>What Marketo did: <see cref="MObjectSyncStatus.Deleted"/>, <see cref="MObjectSyncStatus.Unchanged"/> or <see cref="MObjectSyncStatus.Failed"/> are the documented outcomes.</summary>
    public MObjectSyncStatus Status { get; }

    /// <summary>The status word exactly as Marketo sent it, for example <c>DELETED</c>.</summary>
    public string StatusText { get; }

    /// <summary>Marketo's reason for a failure, or <see langword="null"/> when there is none.</summary>
    public string? Error { get; }

    /// <summary>
    /// Whether the object is gone: deleted now, or <see cref="MObjectSyncStatus.Unchanged"/>, which
    /// Marketo's documentation lists as an outcome without defining it and which most likely means
    /// it was gone already.
    /// </summary>
    public bool Succeeded => Status is MObjectSyncStatus.Deleted or MObjectSyncStatus.Unchanged;
}
