using System.Xml;
using Marketo.Soap.Generated;

namespace Marketo.Soap.Serialization;

/// <summary>
/// The build-time generated XmlWriter/XmlReader code of every mktows operation (the rest of this
/// class is written by <c>Marketo.Soap.SourceGeneration</c> from <see cref="MktowsPort"/>'s
/// XmlSerializer attributes), and the few calls it shares, made exactly as XmlSerializer makes them.
/// </summary>
[GeneratedWire(typeof(MktowsPort))]
internal static partial class MktowsWire
{
    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";
    private const string XsdNamespace = "http://www.w3.org/2001/XMLSchema";

    /// <summary>The generated code of <paramref name="operationName"/>, or null for an operation the contract does not have.</summary>
    public static OperationWire? For(string operationName) => Find(operationName);

    private static partial OperationWire? Find(string operationName);

    /// <summary>The namespaces XmlSerializer declares before its first element.</summary>
    internal static void WriteSchemaNamespaces(XmlWriter w)
    {
        w.WriteAttributeString("xmlns", "xsi", null, XsiNamespace);
        w.WriteAttributeString("xmlns", "xsd", null, XsdNamespace);
    }

    private static void WriteNil(XmlWriter w, string n, string ns)
    {
        w.WriteStartElement(n, ns);
        w.WriteAttributeString("nil", XsiNamespace, "true");
        w.WriteEndElement();
    }

    /// <summary>
    /// <c>xsi:type</c> with the type's namespace prefix, declaring a new <c>qN</c> prefix when none
    /// is in scope, as XmlSerializer does (declaration first, then the attribute).
    /// </summary>
    private static void WriteXsiType(XmlWriter w, string name, string ns, ref int prefixes)
    {
        var prefix = w.LookupPrefix(ns);
        if (prefix is null)
        {
            prefix = "q" + (++prefixes).ToString(System.Globalization.CultureInfo.InvariantCulture);
            w.WriteAttributeString("xmlns", prefix, null, ns);
        }

        w.WriteAttributeString("type", XsiNamespace, prefix.Length == 0 ? name : prefix + ":" + name);
    }

    /// <summary>True, with the element skipped, when it says <c>xsi:nil="true"</c>.</summary>
    private static bool ReadNil(XmlReader r)
    {
        var nil = r.GetAttribute("nil", XsiNamespace);
        if (nil is null || !XmlConvert.ToBoolean(nil))
        {
            return false;
        }

        r.Skip();
        return true;
    }

    /// <summary>The element's <c>xsi:type</c>, resolved against the namespaces in scope.</summary>
    private static (string Name, string Namespace)? XsiType(XmlReader r)
    {
        var value = r.GetAttribute("type", XsiNamespace);
        if (value is null)
        {
            return null;
        }

        var colon = value.IndexOf(':', StringComparison.Ordinal);
        var prefix = colon < 0 ? string.Empty : value[..colon];
        return (value[(colon + 1)..], r.LookupNamespace(prefix) ?? string.Empty);
    }

    private static InvalidOperationException UnknownType(string name, string ns) =>
        new($"The specified type was not recognized: name='{name}', namespace='{ns}'.");
}
