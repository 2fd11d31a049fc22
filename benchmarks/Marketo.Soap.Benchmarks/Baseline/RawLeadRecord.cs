namespace Marketo.Soap.Benchmarks.Baseline;

/// <summary>A <c>leadRecord</c> of an answer, as the baseline reads it.</summary>
internal sealed record RawLeadRecord(int? Id, string? Email, string? ForeignSysPersonId, string? ForeignSysType, List<RawLeadAttribute> Attributes);

/// <summary>One <c>attribute</c> of a lead in an answer, with its <c>attrType</c>.</summary>
internal sealed record RawLeadAttribute(string Name, string? Type, string Value);
