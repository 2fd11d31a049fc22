namespace Marketo.Soap.Models;

/// <summary>The outcome of one <c>mergeLeads</c> call.</summary>
public sealed class MergeLeadsResult
{
    internal MergeLeadsResult(LeadMergeStatus status, string statusText, int? winningLeadId, IReadOnlyList<int> losingLeadIds, string? error)
    {
        Status = status;
        StatusText = statusText;
        WinningLeadId = winningLeadId;
        LosingLeadIds = losingLeadIds;
        Error = error;
    }

    /// <summary>Whether the merge happened.</summary>
    public LeadMergeStatus Status { get; }

    /// <summary>The status word exactly as Marketo sent it, for example <c>MERGED</c>.</summary>
    public string StatusText { get; }

    /// <summary>Marketo's id of the winning lead, or <see langword="null"/> when Marketo sent none.</summary>
    public int? WinningLeadId { get; }

    /// <summary>Marketo's ids of the losing leads, as it reported them; empty when it sent none.</summary>
    public IReadOnlyList<int> LosingLeadIds { get; }

    /// <summary>Marketo's reason for a failure, or <see langword="null"/> when there is none.</summary>
    public string? Error { get; }

    /// <summary>Whether the leads were merged.</summary>
    public bool Succeeded => Status == LeadMergeStatus.Merged;
}
