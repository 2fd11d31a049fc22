namespace Marketo.Soap.Models;

/// <summary>How a <c>mergeLeads</c> call ended (<c>LeadMergeStatusEnum</c> on the wire).</summary>
public enum LeadMergeStatus
{
    /// <summary>
    /// Marketo answered with a status this version of the library does not know; see
    /// <see cref="MergeLeadsResult.StatusText"/> for the word it sent.
    /// </summary>
    Unknown = 0,

    /// <summary>The losing leads were merged into the winner (<c>MERGED</c>).</summary>
    Merged,

    /// <summary>Nothing was merged (<c>FAILED</c>); <see cref="MergeLeadsResult.Error"/> says why.</summary>
    Failed,
}
