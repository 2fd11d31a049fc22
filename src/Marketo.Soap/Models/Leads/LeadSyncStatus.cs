namespace Marketo.Soap.Models;

/// <summary>What Marketo did with one lead.</summary>
public enum LeadSyncStatus
{
    /// <summary>
    /// Marketo answered with a status this version of the library does not know; see
    /// <see cref="LeadSyncResult.StatusText"/> for the word it sent.
    /// </summary>
    Unknown = 0,

    /// <summary>A new lead was created (<c>CREATED</c>).</summary>
    Created,

    /// <summary>An existing lead was updated (<c>UPDATED</c>).</summary>
    Updated,

    /// <summary>The lead was not written (<c>FAILED</c>); <see cref="LeadSyncResult.Error"/> says why.</summary>
    Failed,
}
