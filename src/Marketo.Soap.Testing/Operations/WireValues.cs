using System.Xml;
using System.Xml.Linq;
using Marketo.Soap.Testing.Contract;

namespace Marketo.Soap.Testing.Operations;

/// <summary>Reads values from a request that has already passed schema validation.</summary>
/// <remarks>Local elements are unqualified, so children are found by bare name (contract facts §1).</remarks>
internal static class WireValues
{
    /// <summary>The child's text, or <see langword="null"/> when the child is absent or <c>xsi:nil</c>.</summary>
    public static string? Text(XElement parent, XName name) =>
        parent.Element(name) is { } child && !IsNil(child) ? child.Value : null;

    public static int? Int(XElement parent, XName name) =>
        Text(parent, name) is { } text ? XmlConvert.ToInt32(text.Trim()) : null;

    public static bool? Boolean(XElement parent, XName name) =>
        Text(parent, name) is { } text ? XmlConvert.ToBoolean(text.Trim()) : null;

    /// <summary>The <c>name</c>/<c>value</c> pairs of an <c>ArrayOfAttrib</c> child, in order; empty when it is absent.</summary>
    public static IReadOnlyList<StoredExternalKey> Attribs(XElement parent, string listName) =>
        [.. (parent.Element(listName)?.Elements("attrib") ?? []).Select(Attrib)];

    /// <summary>An <c>Attrib</c> child as a pair, or <see langword="null"/> when it is absent.</summary>
    public static StoredExternalKey? OptionalAttrib(XElement parent, string name) =>
        parent.Element(name) is { } attrib ? Attrib(attrib) : null;

    private static StoredExternalKey Attrib(XElement attrib) => new((string)attrib.Element("name")!, (string)attrib.Element("value")!);

    private static bool IsNil(XElement element) =>
        element.Attribute(SoapNames.Nil) is { } nil && XmlConvert.ToBoolean(nil.Value.Trim());
}
