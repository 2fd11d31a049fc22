using System.Xml;

namespace Marketo.Soap.Benchmarks.Baseline;

/// <summary>
/// The baseline's way into an answer: a forward-only <see cref="XmlReader"/> positioned on the
/// status list inside the SOAP body, refusing a fault. The callers read the statuses themselves.
/// </summary>
internal static class RawResponseReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        IgnoreWhitespace = true,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        DtdProcessing = DtdProcessing.Prohibit,
        CloseInput = false,
    };

    /// <summary>Opens <paramref name="answer"/> and moves to the first status inside <c>result/{listName}</c>; false when the list is empty.</summary>
    public static bool OpenStatusList(Stream answer, string successElement, string listName, out XmlReader reader)
    {
        reader = OpenResult(answer, successElement);
        if (!reader.ReadToDescendant(listName))
        {
            throw new InvalidDataException($"The answer has no {listName}.");
        }

        if (reader.IsEmptyElement)
        {
            return false;
        }

        reader.Read();
        return reader.NodeType == XmlNodeType.Element;
    }

    /// <summary>Opens <paramref name="answer"/> and moves to the <c>result</c> element inside <c>{successElement}</c>.</summary>
    public static XmlReader OpenResult(Stream answer, string successElement)
    {
        var reader = XmlReader.Create(answer, Settings);
        reader.MoveToContent();
        if (!reader.ReadToDescendant("Body", SoapNames.Envelope))
        {
            throw new InvalidDataException("The answer has no SOAP body.");
        }

        reader.Read();
        if (reader.LocalName != successElement || reader.NamespaceURI != SoapNames.Mktows)
        {
            throw new InvalidDataException($"The answer holds {reader.LocalName}, not {successElement}.");
        }

        if (!reader.ReadToDescendant("result"))
        {
            throw new InvalidDataException("The answer has no result.");
        }

        return reader;
    }

    /// <summary>Opens <paramref name="answer"/> and moves to the first child of <c>result</c> (or past <c>result</c> when it is empty).</summary>
    public static XmlReader OpenResultContent(Stream answer, string successElement)
    {
        var reader = OpenResult(answer, successElement);
        reader.ReadStartElement();
        return reader;
    }

    /// <summary>Reads a text-only element that may be empty, nil or absent-valued, and moves past it.</summary>
    public static string? ReadNillableText(XmlReader reader)
    {
        if (reader.GetAttribute("nil", SoapNames.Xsi) is "true" or "1")
        {
            reader.Skip();
            return null;
        }

        return reader.ReadElementContentAsString();
    }

    /// <summary>Reads an integer element that may be nil or empty (null then), and moves past it.</summary>
    public static int? ReadNillableInt(XmlReader reader) =>
        ReadNillableText(reader) is { Length: > 0 } text ? XmlConvert.ToInt32(text) : null;
}
