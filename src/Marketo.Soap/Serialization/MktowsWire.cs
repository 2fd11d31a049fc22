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

    // Where AttributeValueIsTrue reads an attribute's value; one per thread, as readers run on many.
    [ThreadStatic]
    private static char[]? t_valueChunk;

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
        if (!r.MoveToAttribute("nil", XsiNamespace))
        {
            return false;
        }

        var nil = AttributeValueIsTrue(r);
        r.MoveToElement();
        if (!nil)
        {
            return false;
        }

        r.Skip();
        return true;
    }

    /// <summary>
    /// The current attribute's value as <see cref="XmlConvert.ToBoolean(string)"/> reads it, read in
    /// chunks so the usual <c>true</c> and <c>false</c> make no string (every status of an answer
    /// carries <c>xsi:nil</c>); any other text goes through XmlConvert, with its exception.
    /// </summary>
    private static bool AttributeValueIsTrue(XmlReader r)
    {
        if (!r.CanReadValueChunk)
        {
            return XmlConvert.ToBoolean(r.Value);
        }

        var buffer = t_valueChunk ??= new char[8];
        var length = 0;
        int read;
        while ((read = r.ReadValueChunk(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
                t_valueChunk = buffer;
            }
        }

        var text = buffer.AsSpan(0, length);
        return text.SequenceEqual("true") || (!text.SequenceEqual("false") && XmlConvert.ToBoolean(new string(text)));
    }

    /// <summary>
    /// An <c>xsd:int</c> element, read by the reader from its bytes (no string in between). Text
    /// that is no integer fails with XmlConvert's own exception, as XmlSerializer's reading does.
    /// </summary>
    private static int ReadInt32(XmlReader r) => ReadInteger(r, XmlConvert.ToInt32, static r => r.ReadElementContentAsInt());

    /// <summary>An <c>xsd:long</c> element, as <see cref="ReadInt32"/>.</summary>
    private static long ReadInt64(XmlReader r) => ReadInteger(r, XmlConvert.ToInt64, static r => r.ReadElementContentAsLong());

    private static T ReadInteger<T>(XmlReader r, Func<string, T> parse, Func<XmlReader, T> readContent)
    {
        if (r.IsEmptyElement)
        {
            return parse(r.ReadElementString());
        }

        try
        {
            return readContent(r);
        }
        catch (XmlException e) when (ConversionFailure(e) is { } failure)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
            throw;
        }
    }

    /// <summary>The XmlConvert failure the reader wrapped in its own exception, if that is what it is.</summary>
    private static Exception? ConversionFailure(XmlException e)
    {
        for (var inner = e.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is FormatException or OverflowException)
            {
                return inner;
            }
        }

        return null;
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
