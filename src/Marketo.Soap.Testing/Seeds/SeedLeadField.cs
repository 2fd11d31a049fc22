namespace Marketo.Soap.Testing.Seeds;

/// <summary>A custom lead field a seed declares: its API name and Marketo data type.</summary>
internal sealed record SeedLeadField(string Name, string DataType);
