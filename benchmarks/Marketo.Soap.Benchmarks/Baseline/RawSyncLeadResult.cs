namespace Marketo.Soap.Benchmarks.Baseline;

/// <summary>A syncLead answer, as the baseline reads it; the lead only when it was asked back.</summary>
internal sealed record RawSyncLeadResult(int LeadId, RawLeadStatus Status, RawLeadRecord? Lead);
