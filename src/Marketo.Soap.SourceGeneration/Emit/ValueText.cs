using Marketo.Soap.SourceGeneration.Model;

namespace Marketo.Soap.SourceGeneration.Emit;

/// <summary>The expressions that turn a simple value into element text and back, as XmlSerializer does.</summary>
internal static class ValueText
{
    /// <summary>An expression of type string for <paramref name="value"/>.</summary>
    public static string Format(WireValue type, string value) => type.Kind switch
    {
        ValueKind.String => value,
        ValueKind.DateTime => "global::System.Xml.XmlConvert.ToString(" + value + ", global::System.Xml.XmlDateTimeSerializationMode.RoundtripKind)",
        ValueKind.Enum => "Text_" + type.Enum!.MethodSuffix + "(" + value + ")",
        _ => "global::System.Xml.XmlConvert.ToString(" + value + ")",
    };

    /// <summary>
    /// An expression that reads the element at <c>r</c> as the value's type. Integers are read by
    /// the reader from the element's bytes (<c>MktowsWire.ReadInt32</c>): every status of an answer
    /// carries an id, and its text would otherwise be a string made only to be parsed.
    /// </summary>
    public static string ReadElement(WireValue type) => type.Kind switch
    {
        ValueKind.Int32 => "ReadInt32(r)",
        ValueKind.Int64 => "ReadInt64(r)",
        _ => Parse(type, "r.ReadElementString()"),
    };

    /// <summary>An expression of the value's type for the string <paramref name="text"/>.</summary>
    public static string Parse(WireValue type, string text) => type.Kind switch
    {
        ValueKind.String => text,
        ValueKind.Int32 => "global::System.Xml.XmlConvert.ToInt32(" + text + ")",
        ValueKind.Int64 => "global::System.Xml.XmlConvert.ToInt64(" + text + ")",
        ValueKind.Boolean => "global::System.Xml.XmlConvert.ToBoolean(" + text + ")",
        ValueKind.DateTime => "global::System.Xml.XmlConvert.ToDateTime(" + text + ", global::System.Xml.XmlDateTimeSerializationMode.RoundtripKind)",
        ValueKind.Decimal => "global::System.Xml.XmlConvert.ToDecimal(" + text + ")",
        ValueKind.Double => "global::System.Xml.XmlConvert.ToDouble(" + text + ")",
        ValueKind.Single => "global::System.Xml.XmlConvert.ToSingle(" + text + ")",
        ValueKind.Enum => "Parse_" + type.Enum!.MethodSuffix + "(" + text + ")",
        _ => text,
    };
}
