using System.Xml;

namespace Marketo.Soap.WsdlConformance;

/// <summary>A named simple type: the type it restricts and its enumeration values, in order.</summary>
internal sealed class SimpleTypeModel(string name, XmlQualifiedName baseType, List<string> values)
{
    public string Name { get; } = name;

    public XmlQualifiedName BaseType { get; } = baseType;

    public List<string> Values { get; } = values;
}
