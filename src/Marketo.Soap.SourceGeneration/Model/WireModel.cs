using System.Collections.Generic;

namespace Marketo.Soap.SourceGeneration.Model;

/// <summary>How a value travels as element text, or that it is a nested element.</summary>
internal enum ValueKind
{
    String,
    Int32,
    Int64,
    Boolean,
    DateTime,
    Decimal,
    Double,
    Single,
    Enum,
    Complex,
}

/// <summary>The type of a member's value (for an array, of its innermost items).</summary>
internal sealed class WireValue(ValueKind kind, string typeName, WireComplexType? complex, WireEnum? enumType)
{
    public ValueKind Kind { get; } = kind;

    /// <summary>The fully qualified C# type, without <c>?</c>.</summary>
    public string TypeName { get; } = typeName;

    public WireComplexType? Complex { get; } = complex;

    public WireEnum? Enum { get; } = enumType;
}

/// <summary>One level of an <c>XmlArray</c>: the name of the elements that hold its items.</summary>
internal sealed class WireArrayItem(string name, string ns, bool isNullable)
{
    public string Name { get; } = name;

    public string Namespace { get; } = ns;

    public bool IsNullable { get; } = isNullable;
}

/// <summary>A property XmlSerializer writes as an element (<c>XmlElement</c> or <c>XmlArray</c>).</summary>
internal sealed class WireMember
{
    public WireMember(string property, string elementName, string ns, int order, bool isNullable, bool isNullableValueType, string? specifiedProperty, string? shouldSerializeMethod, IReadOnlyList<WireArrayItem> arrayItems, WireValue value)
    {
        Property = property;
        ElementName = elementName;
        Namespace = ns;
        Order = order;
        IsNullable = isNullable;
        IsNullableValueType = isNullableValueType;
        SpecifiedProperty = specifiedProperty;
        ShouldSerializeMethod = shouldSerializeMethod;
        ArrayItems = arrayItems;
        Value = value;
    }

    public string Property { get; }

    public string ElementName { get; }

    public string Namespace { get; }

    public int Order { get; }

    /// <summary><c>IsNullable=true</c>: a null value is written as <c>xsi:nil</c>.</summary>
    public bool IsNullable { get; }

    /// <summary>The property is <c>Nullable&lt;T&gt;</c>.</summary>
    public bool IsNullableValueType { get; }

    /// <summary>The <c>…Specified</c> property that decides whether the element is written.</summary>
    public string? SpecifiedProperty { get; }

    /// <summary>The <c>ShouldSerialize…()</c> method that decides whether the element is written.</summary>
    public string? ShouldSerializeMethod { get; }

    /// <summary>Empty for a plain element; one entry per nesting level of an <c>XmlArray</c>.</summary>
    public IReadOnlyList<WireArrayItem> ArrayItems { get; }

    public bool IsArray => ArrayItems.Count > 0;

    public WireValue Value { get; }
}

/// <summary>A class of the proxy with its <c>XmlType</c> name and its members in schema order.</summary>
internal sealed class WireComplexType(string typeName, string xmlName, string xmlNamespace, bool isAbstract)
{
    public string TypeName { get; } = typeName;

    /// <summary>What <c>xsi:type</c> names it.</summary>
    public string XmlName { get; } = xmlName;

    public string XmlNamespace { get; } = xmlNamespace;

    public bool IsAbstract { get; } = isAbstract;

    /// <summary>Base members first, then this type's, each in <c>Order</c>.</summary>
    public List<WireMember> Members { get; } = [];

    /// <summary>The types <c>XmlInclude</c> names: written with <c>xsi:type</c>, read by it.</summary>
    public List<WireComplexType> Derived { get; } = [];

    /// <summary>A C# identifier for the methods of this type.</summary>
    public string MethodSuffix => TypeName.Substring(TypeName.LastIndexOf('.') + 1);
}

/// <summary>An enum of the proxy and the text of each constant.</summary>
internal sealed class WireEnum(string typeName, IReadOnlyList<KeyValuePair<string, string>> constants)
{
    public string TypeName { get; } = typeName;

    /// <summary>C# constant name to XML text.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Constants { get; } = constants;

    public string MethodSuffix => TypeName.Substring(TypeName.LastIndexOf('.') + 1);
}

/// <summary>A field of a message contract: a SOAP header or a body part.</summary>
internal sealed class WirePart(string field, string elementName, string ns, WireComplexType type)
{
    public string Field { get; } = field;

    public string ElementName { get; } = elementName;

    public string Namespace { get; } = ns;

    public WireComplexType Type { get; } = type;
}

/// <summary>A message contract class: its headers and body parts in order.</summary>
internal sealed class WireMessage(string typeName)
{
    public string TypeName { get; } = typeName;

    public List<WirePart> Headers { get; } = [];

    public List<WirePart> Body { get; } = [];

    public string MethodSuffix => TypeName.Substring(TypeName.LastIndexOf('.') + 1);
}

/// <summary>An operation of the service contract.</summary>
internal sealed class WireOperation(string name, string action, WireMessage request, WireMessage reply)
{
    /// <summary>The operation's name as WCF's <c>ClientOperation.Name</c> gives it.</summary>
    public string Name { get; } = name;

    public string Action { get; } = action;

    public WireMessage Request { get; } = request;

    public WireMessage Reply { get; } = reply;
}
