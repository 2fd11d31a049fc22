using System.Xml;

namespace Marketo.Soap.WsdlConformance;

/// <summary>One local element of a complex type's sequence, with the schema's defaults filled in.</summary>
/// <param name="Name">The element's name.</param>
/// <param name="Type">Its type, or the empty name for an anonymous type.</param>
/// <param name="MinOccurs">minOccurs as written, <c>1</c> when absent.</param>
/// <param name="MaxOccurs">maxOccurs as written, <c>1</c> when absent.</param>
/// <param name="Nillable">Whether <c>nillable="true"</c>.</param>
internal sealed record SchemaElement(string Name, XmlQualifiedName Type, string MinOccurs, string MaxOccurs, bool Nillable)
{
    public override string ToString() =>
        $"{Name} : {WsdlModel.Show(Type)} [{MinOccurs}..{MaxOccurs}]{(Nillable ? " nillable" : string.Empty)}";
}
