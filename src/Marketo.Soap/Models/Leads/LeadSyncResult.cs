namespace Marketo.Soap.Models;

/// <summary>Marketo's answer for one lead of a <c>syncMultipleLeads</c> call.</summary>
/// <remarks>
/// Marketo's status carries no key, so a result is tied to its lead by position: the
/// <see cref="Index"/>-th status answers the <see cref="Index"/>-th lead of the request.
/// </remarks>
public sealed class LeadSyncResult
{
    internal LeadSyncResult(int index, LeadRecord lead, int leadId, LeadSyncStatus status, string statusText, string? error)
    {
        Index = index;
        Lead = lead;
        LeadId = leadId;
        Status = status;
        StatusText = statusText;
        Error = error;
    }

    /// <summary>
    /// The position of <see cref="Lead"/> in the request's <see cref="SyncMultipleLeadsRequest.Leads"/>,
    /// or, from a bulk sync, in the whole input.
    /// </summary>
    public int Index { get; }

    /// <summary>The lead this result answers, as the caller passed it.</summary>
    public LeadRecord Lead { get; }

    /// <summary>Marketo's id of the lead. What it holds for a failed lead is not documented.</summary>
    public int LeadId { get; }

    /// <summary>What Marketo did with the lead.</summary>
    public LeadSyncStatus Status { get; }

    /// <summary>The status word exactly as Marketo sent it, for example <c>UPDATED</c>.</summary>
    public string StatusText { get; }

    /// <summary>Marketo's reason for a failure, or <see langword="null"/> when there is none.</summary>
    public string? Error { get; }

    /// <summary>Whether the lead was created or updated.</summary>
    public bool Succeeded => Status is LeadSyncStatus.Created or LeadSyncStatus.Updated;
}
