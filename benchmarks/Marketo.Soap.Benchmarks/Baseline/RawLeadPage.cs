namespace Marketo.Soap.Benchmarks.Baseline;

/// <summary>One getMultipleLeads page, as the baseline reads it.</summary>
internal sealed record RawLeadPage(int ReturnCount, int RemainingCount, string? NewStreamPosition, List<RawLeadRecord> Leads);
