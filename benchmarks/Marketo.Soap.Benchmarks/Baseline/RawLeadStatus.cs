namespace Marketo.Soap.Benchmarks.Baseline;

/// <summary>One <c>syncStatus</c> of a syncMultipleLeads answer, as the baseline reads it.</summary>
internal sealed record RawLeadStatus(int LeadId, string Status, string? Error);
