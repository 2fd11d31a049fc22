namespace Marketo.Soap.Models;

/// <summary>The input of one <c>syncMultipleLeads</c> call.</summary>
public sealed record SyncMultipleLeadsRequest
{
    /// <summary>
    /// The leads to create or update, between 1 and <see cref="MaxLeadsPerCall"/> of them. Results
    /// come back in the same order.
    /// </summary>
    public required IReadOnlyList<LeadRecord> Leads { get; init; }

    /// <summary>
    /// Whether Marketo matches leads without an id or foreign system id by email.
    /// <see langword="null"/> (the default) leaves the element out, and Marketo then deduplicates.
    /// <see langword="false"/> creates a new lead for every such record, even when one with the
    /// same email exists.
    /// </summary>
    public bool? DedupEnabled { get; init; }

    /// <summary>The most leads one call may carry: 300, the batch size Marketo supports.</summary>
    public const int MaxLeadsPerCall = 300;
}
