using System.Xml;

namespace Marketo.Soap.WsdlConformance;

/// <summary>A named complex type: abstract or not, what it extends, and its sequence in order.</summary>
internal sealed class ComplexTypeModel(string name, bool isAbstract, XmlQualifiedName? baseType, List<SchemaElement> elements)
{
    public string Name { get; } = name;

    public bool IsAbstract { get; } = isAbstract;

    /// <summary>The type a <c>complexContent</c> extension extends, or null.</summary>
    public XmlQualifiedName? BaseType { get; } = baseType;

    /// <summary>The elements of its sequence (of the extension's sequence, for a derived type), in order.</summary>
    public List<SchemaElement> Elements { get; } = elements;
}
