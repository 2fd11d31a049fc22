using System.Globalization;
using System.ServiceModel;
using System.ServiceModel.Channels;
using System.Text;
using System.Xml;

namespace Marketo.Soap.Telemetry;

/// <summary>
/// Renders SOAP as indented, redacted text for the Trace log and for
/// <see cref="MarketoRawExchange.ResponseStart"/>, streaming: it stops reading once its output is
/// full, never holds more than the cap, and renders at most <see cref="MaxDepth"/> levels.
/// </summary>
/// <remarks>
/// <para>
/// Element names and structure are always kept. The AuthenticationHeader's fields are always
/// replaced. Other text is a record value (an email, an attribute value, a foreign id: personal
/// data) and is replaced too, unless its element is one of the few that only describe the call
/// (<see cref="DescriptiveElements"/>: field names, types, statuses, ids, error texts) or the
/// caller opted in with <see cref="MarketoSoapOptions.UnredactedRecordValuesInTrace"/>. Whatever
/// text is kept passes through <see cref="SecretRedactor"/>.
/// </para>
/// <para>
/// Rendering an envelope as a whole (an <c>XDocument</c> indented, then cut) cost 465 MB for a
/// legal 3.5 MB answer and 794 MB for 10,000 nested elements; streaming bounds both.
/// </para>
/// </remarks>
internal sealed class SoapTextRenderer
{
    /// <summary>Enough for a few leads; a 300-lead request is about 100 KB and is cut here.</summary>
    public const int MaxCharacters = 16 * 1024;

    /// <summary>Marketo's deepest element (an MObject's type attribute value) is 9 levels down; deeper is never Marketo's.</summary>
    public const int MaxDepth = 32;

    // Text that describes the call rather than a record: keys' names, types, statuses, Marketo's
    // own ids and the fault's and statuses' error texts.
    private static readonly HashSet<string> DescriptiveElements = new(StringComparer.Ordinal)
    {
        "attrName", "attrType", "name", "type", "mObjType", "operation", "dedupEnabled", "ForeignSysType",
        "Id", "id", "leadId", "status", "error", "faultcode", "faultstring", "code", "message",
    };

    private const string Soap11Namespace = "http://schemas.xmlsoap.org/soap/envelope/";
    private const string Soap12Namespace = "http://www.w3.org/2003/05/soap-envelope";
    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

    private static readonly XmlWriterSettings WriterSettings = new()
    {
        Indent = true,
        OmitXmlDeclaration = true,
        ConformanceLevel = ConformanceLevel.Fragment,
        CheckCharacters = false,
    };

    private static readonly XmlReaderSettings ReaderSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        ConformanceLevel = ConformanceLevel.Fragment,
    };

    private readonly SecretRedactor _redactor;
    private readonly bool _recordValues;

    public SoapTextRenderer(SecretRedactor redactor, bool recordValues)
    {
        _redactor = redactor;
        _recordValues = recordValues;
    }

    /// <summary>The envelope of <paramref name="message"/> (which it consumes), redacted and capped.</summary>
    public string Render(Message message, int maxCharacters = MaxCharacters)
    {
        var envelope = message.Version.Envelope == EnvelopeVersion.Soap12 ? Soap12Namespace : Soap11Namespace;
        return Write(maxCharacters, writer =>
        {
            writer.WriteStartElement("s", "Envelope", envelope);
            if (message.Headers.Count > 0)
            {
                writer.WriteStartElement("s", "Header", envelope);
                for (var i = 0; i < message.Headers.Count; i++)
                {
                    using var header = message.Headers.GetReaderAtHeader(i);
                    Copy(header, writer, depthBase: 2, siblings: false);
                }

                writer.WriteEndElement();
            }

            writer.WriteStartElement("s", "Body", envelope);
            if (!message.IsEmpty)
            {
                using var body = message.GetReaderAtBodyContents();
                Copy(body, writer, depthBase: 2, siblings: true);
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        });
    }

    /// <summary>The first bytes of an answer, redacted: rendered as XML while they read as XML, else as text with its secrets replaced.</summary>
    public string RenderAnswerStart(ReadOnlySpan<byte> bytes, string? mediaType, int maxCharacters)
    {
        if (bytes.IsEmpty)
        {
            return string.Empty;
        }

        if (mediaType?.Contains("xml", StringComparison.OrdinalIgnoreCase) == true)
        {
            var data = bytes.ToArray();
            var rendered = Write(maxCharacters, writer =>
            {
                using var reader = XmlReader.Create(new MemoryStream(data), ReaderSettings);
                if (reader.Read())
                {
                    Copy(reader, writer, depthBase: 0, siblings: true);
                }
            });

            if (rendered.Length > 0 && rendered[0] == '<')
            {
                return rendered;
            }
        }

        var text = _redactor.Redact(Encoding.UTF8.GetString(bytes));
        return text.Length <= maxCharacters ? text : string.Concat(text.AsSpan(0, maxCharacters), "…");
    }

    private string Write(int maxCharacters, Action<XmlWriter> render)
    {
        var output = new CappedTextWriter(maxCharacters);
        var writer = XmlWriter.Create(output, WriterSettings);
        string? ending = null;
        try
        {
            render(writer);
            writer.Flush();
        }
        catch (CappedTextWriter.LimitReachedException)
        {
            ending = string.Create(CultureInfo.InvariantCulture, $"… (cut at {maxCharacters} characters)");
        }
        catch (XmlException unreadable)
        {
            ending = $"… (unreadable from here: {_redactor.Redact(unreadable.Message)})";
        }
        finally
        {
            try
            {
                writer.Dispose();
            }
            catch (Exception e) when (e is CappedTextWriter.LimitReachedException or InvalidOperationException or ArgumentException)
            {
                // The writer was abandoned mid-element; what it flushed is all that is wanted.
            }
        }

        var text = output.ToString();
        return ending is null ? text : text + ending;
    }

    /// <summary>Copies the element the reader is on (and, with <paramref name="siblings"/>, those after it) to the writer, redacting.</summary>
    private void Copy(XmlReader reader, XmlWriter writer, int depthBase, bool siblings)
    {
        var open = new Stack<Frame>();
        reader.MoveToContent();
        while (!reader.EOF)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when depthBase + open.Count >= MaxDepth:
                    writer.WriteComment(" deeper elements omitted ");
                    reader.Skip();
                    continue;

                case XmlNodeType.Element:
                    var parent = open.Count > 0 ? open.Peek() : default;
                    var secret = parent.Secret || reader.LocalName == "AuthenticationHeader";
                    var frame = new Frame(!secret && (_recordValues || DescriptiveElements.Contains(reader.LocalName)), secret);
                    writer.WriteStartElement(reader.Prefix, reader.LocalName, reader.NamespaceURI);
                    CopyAttributes(reader, writer, frame);
                    if (reader.IsEmptyElement)
                    {
                        writer.WriteEndElement();
                    }
                    else
                    {
                        open.Push(frame);
                    }

                    break;

                case XmlNodeType.EndElement when open.Count == 0:
                    // The end of the element around what is copied (the Body).
                    return;

                case XmlNodeType.EndElement:
                    writer.WriteFullEndElement();
                    open.Pop();
                    break;

                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace:
                    var kept = open.Count > 0 ? open.Peek().Kept : _recordValues;
                    writer.WriteString(kept ? _redactor.Redact(reader.Value) : SecretRedactor.Mark);
                    break;
            }

            if (open.Count == 0 && !siblings && reader.NodeType is XmlNodeType.Element or XmlNodeType.EndElement)
            {
                return;
            }

            reader.Read();
        }
    }

    private void CopyAttributes(XmlReader reader, XmlWriter writer, Frame frame)
    {
        if (!reader.MoveToFirstAttribute())
        {
            return;
        }

        do
        {
            if (reader.Prefix == "xmlns" || (reader.Prefix.Length == 0 && reader.LocalName == "xmlns"))
            {
                // The writer declares the namespaces it uses.
                continue;
            }

            var value = reader.NamespaceURI == XsiNamespace || frame.Kept ? _redactor.Redact(reader.Value) : SecretRedactor.Mark;
            writer.WriteAttributeString(reader.Prefix, reader.LocalName, reader.NamespaceURI, frame.Secret ? SecretRedactor.Mark : value);
        }
        while (reader.MoveToNextAttribute());

        reader.MoveToElement();
    }

    /// <summary>An open element: whether its text is shown, and whether it is inside the AuthenticationHeader.</summary>
    private readonly record struct Frame(bool Kept, bool Secret);
}
