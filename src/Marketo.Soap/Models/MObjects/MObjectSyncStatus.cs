namespace Marketo.Soap.Models;

/// <summary>What Marketo did with one MObject.</summary>
public enum MObjectSyncStatus
{
    /// <summary>
    /// Marketo answered with a status this version of the library does not know; see
    /// <see cref="MObjectSyncResult.StatusText"/> for the word it sent.
    /// </summary>
    Unknown = 0,

    /// <summary>The object was created (<c>CREATED</c>).</summary>
    Created,

    /// <summary>The object was updated (<c>UPDATED</c>).</summary>
    Updated,

    /// <summary>The object was deleted (<c>DELETED</c>).</summary>
    Deleted,

    /// <summary>The object was not written (<c>FAILED</c>); <see cref="MObjectSyncResult.Error"/> says why.</summary>
    Failed,

    /// <summary>The object already held these values (<c>UNCHANGED</c>).</summary>
    Unchanged,

    /// <summary>The operation did not apply to the object, for example an insert of one that exists (<c>SKIPPED</c>).</summary>
    Skipped,
}
