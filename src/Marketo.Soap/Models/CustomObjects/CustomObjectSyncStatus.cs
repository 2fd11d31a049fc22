namespace Marketo.Soap.Models;

/// <summary>What Marketo did with one custom object record.</summary>
/// <remarks>
/// The schema's <c>SyncStatusEnum</c> has CREATED, UPDATED, DELETED and FAILED; Marketo's pages
/// also promise UNCHANGED and SKIPPED, so those are read too, and any other word is
/// <see cref="Unknown"/> rather than a failed answer.
/// </remarks>
public enum CustomObjectSyncStatus
{
    /// <summary>
    /// Marketo answered with a status this version of the library does not know; see the result's
    /// <c>StatusText</c> for the word it sent.
    /// </summary>
    Unknown = 0,

    /// <summary>The record was created (<c>CREATED</c>).</summary>
    Created,

    /// <summary>The record was updated (<c>UPDATED</c>).</summary>
    Updated,

    /// <summary>The record was deleted (<c>DELETED</c>).</summary>
    Deleted,

    /// <summary>The record was not written or deleted (<c>FAILED</c>); the result's <c>Error</c> says why.</summary>
    Failed,

    /// <summary>The record already held these values, or there was nothing to delete (<c>UNCHANGED</c>).</summary>
    Unchanged,

    /// <summary>The operation did not apply to the record, for example an insert of one that exists (<c>SKIPPED</c>).</summary>
    Skipped,
}
