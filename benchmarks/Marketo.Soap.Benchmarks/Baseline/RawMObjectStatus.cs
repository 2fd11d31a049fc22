namespace Marketo.Soap.Benchmarks.Baseline;

/// <summary>One <c>mObjStatus</c> of a syncMObjects answer, as the baseline reads it.</summary>
internal sealed record RawMObjectStatus(int? Id, string? ExternalKeyName, string? ExternalKeyValue, string Status, string? Error);
