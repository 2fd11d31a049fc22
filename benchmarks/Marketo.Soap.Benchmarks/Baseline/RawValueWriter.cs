using System.Xml;

namespace Marketo.Soap.Benchmarks.Baseline;

/// <summary>The small unqualified elements every request writer needs, written as XmlSerializer writes them.</summary>
internal static class RawValueWriter
{
    public static void Boolean(XmlWriter writer, string name, bool value) => Text(writer, name, value ? "true" : "false");

    public static void Text(XmlWriter writer, string name, string value)
    {
        writer.WriteStartElement(name, string.Empty);
        writer.WriteString(value);
        writer.WriteEndElement();
    }

    /// <summary>A text element, left out when the value is null (the proxy's ShouldSerialize rules).</summary>
    public static void OptionalText(XmlWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            Text(writer, name, value);
        }
    }

    public static void Int(XmlWriter writer, string name, int value)
    {
        writer.WriteStartElement(name, string.Empty);
        writer.WriteValue(value);
        writer.WriteEndElement();
    }

    /// <summary>
    /// An element that says <c>xsi:nil="true"</c>, as the client's message writer closes it (no
    /// space before <c>/&gt;</c>, which XmlWriter would add), hence written raw. Inside the
    /// <c>params</c> element the default namespace is mktows, so <paramref name="inParams"/> adds the
    /// <c>xmlns=""</c> that makes it unqualified.
    /// </summary>
    public static void Nil(XmlWriter writer, string name, bool inParams)
    {
        writer.WriteRaw("<");
        writer.WriteRaw(name);
        writer.WriteRaw(inParams ? " xsi:nil=\"true\" xmlns=\"\"/>" : " xsi:nil=\"true\"/>");
    }

    /// <summary>An array element of <c>stringItem</c>s (keyValues, includeAttributes).</summary>
    public static void Strings(XmlWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WriteStartElement(name, string.Empty);
        foreach (var value in values)
        {
            writer.WriteElementString("stringItem", value);
        }

        writer.WriteEndElement();
    }
}
