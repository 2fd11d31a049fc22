namespace Marketo.Soap.WsdlConformance;

/// <summary>What a comparison covered, and every difference it found.</summary>
/// <param name="ComplexTypes">Complex types present in both WSDLs and compared element by element.</param>
/// <param name="SimpleTypes">Simple types present in both and compared value by value.</param>
/// <param name="GlobalElements">Global elements present in both.</param>
/// <param name="Messages">Messages present in both.</param>
/// <param name="Operations">Operations present in both.</param>
/// <param name="Differences">One line per difference; empty when the two agree.</param>
internal sealed record ConformanceReport(int ComplexTypes, int SimpleTypes, int GlobalElements, int Messages, int Operations, IReadOnlyList<string> Differences);
