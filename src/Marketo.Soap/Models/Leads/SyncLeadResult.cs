namespace Marketo.Soap.Models;

/// <summary>The outcome of one <c>syncLead</c> call.</summary>
public sealed class SyncLeadResult
{
    internal SyncLeadResult(int leadId, LeadSyncStatus status, string statusText, string? error, LeadRecord? lead)
    {
        LeadId = leadId;
        Status = status;
        StatusText = statusText;
        Error = error;
        Lead = lead;
    }

    /// <summary>Marketo's id of the lead that was created or updated.</summary>
    public int LeadId { get; }

    /// <summary>What Marketo did with the lead.</summary>
    public LeadSyncStatus Status { get; }

    /// <summary>The status word exactly as Marketo sent it, for example <c>CREATED</c>.</summary>
    public string StatusText { get; }

    /// <summary>Marketo's reason for a failure, or <see langword="null"/> when there is none.</summary>
    public string? Error { get; }

    /// <summary>
    /// The lead as Marketo holds it after the sync, every field with its type, when
    /// <see cref="SyncLeadRequest.ReturnLead"/> was set; otherwise <see langword="null"/>.
    /// </summary>
    public LeadRecord? Lead { get; }

    /// <summary>Whether the lead was created or updated.</summary>
    public bool Succeeded => Status is LeadSyncStatus.Created or LeadSyncStatus.Updated;
}
