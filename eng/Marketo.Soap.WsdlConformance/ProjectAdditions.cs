namespace Marketo.Soap.WsdlConformance;

/// <summary>What the project's WSDL declares on purpose although Marketo's does not.</summary>
internal static class ProjectAdditions
{
    /// <summary>
    /// Global elements only the project declares. <c>serviceException</c>: Marketo declares no
    /// fault on any operation, yet every fault's detail holds this element (facts §5.1); the
    /// project declares it so the emulator can validate the faults it writes.
    /// </summary>
    public static readonly IReadOnlySet<string> GlobalElements = new HashSet<string>(StringComparer.Ordinal) { "serviceException" };
}
