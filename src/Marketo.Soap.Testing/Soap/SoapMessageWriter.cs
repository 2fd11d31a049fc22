using System.Text;
using System.Xml;
using System.Xml.Linq;
using Marketo.Soap.Testing.Contract;

namespace Marketo.Soap.Testing.Soap;

/// <summary>Writes answers in the shape of Marketo's own: a SOAP 1.1 envelope, UTF-8, with Marketo's prefixes.</summary>
internal static class SoapMessageWriter
{
    public const string ContentType = "text/xml; charset=utf-8";

    private const int MaxKeptBuffer = 1024 * 1024;

    private static readonly byte[] Declaration = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), OmitXmlDeclaration = true, Indent = true };

    [ThreadStatic]
    private static MemoryStream? t_buffer;

    /// <summary>
    /// A successful answer. <c>xmlns:xsi</c> is declared on the Envelope only when the answer uses
    /// <c>xsi:nil</c>, as Marketo's recorded answers do (contract facts §8: the syncMObjects answers have none).
    /// </summary>
    public static byte[] Success(XElement result) => Write(
        new XElement(
            SoapNames.Envelope,
            new XAttribute(XNamespace.Xmlns + SoapNames.EnvelopePrefix, SoapNames.Soap11),
            UsesXsi(result) ? new XAttribute(XNamespace.Xmlns + SoapNames.XsiPrefix, SoapNames.Xsi) : null,
            new XAttribute(XNamespace.Xmlns + SoapNames.MktowsPrefix, SoapNames.Mktows),
            new XElement(SoapNames.Body, result)));

    private static bool UsesXsi(XElement result) =>
        result.DescendantsAndSelf().Attributes().Any(a => a.Name.Namespace == SoapNames.Xsi);

    /// <summary>
    /// A successful answer whose result element <paramref name="writeResult"/> writes straight to the
    /// writer: the bytes <see cref="Success(XElement)"/> writes for the same result, without its tree.
    /// </summary>
    /// <param name="usesXsi">Whether the result carries an <c>xsi</c> attribute, so that the Envelope declares the prefix.</param>
    /// <param name="writeResult">Writes the result element, with the prefixes the Envelope declares.</param>
    public static byte[] Success(bool usesXsi, Action<XmlWriter> writeResult) => Write(writer =>
    {
        // The calls XElement.WriteTo makes for the Envelope Success(XElement) builds.
        writer.WriteStartElement(SoapNames.EnvelopePrefix, SoapNames.Envelope.LocalName, SoapNames.Soap11.NamespaceName);
        writer.WriteAttributeString("xmlns", SoapNames.EnvelopePrefix, XNamespace.Xmlns.NamespaceName, SoapNames.Soap11.NamespaceName);
        if (usesXsi)
        {
            writer.WriteAttributeString("xmlns", SoapNames.XsiPrefix, XNamespace.Xmlns.NamespaceName, SoapNames.Xsi.NamespaceName);
        }

        writer.WriteAttributeString("xmlns", SoapNames.MktowsPrefix, XNamespace.Xmlns.NamespaceName, SoapNames.Mktows.NamespaceName);
        writer.WriteStartElement(SoapNames.EnvelopePrefix, SoapNames.Body.LocalName, SoapNames.Soap11.NamespaceName);
        writeResult(writer);
        writer.WriteEndElement();
        writer.WriteEndElement();
    });

    /// <summary>
    /// A fault: <c>faultcode</c>, <c>faultstring</c> and, for a Marketo fault, a <c>detail</c> holding
    /// one <c>serviceException</c> that declares its own prefix and has unqualified children
    /// <c>name</c>, <c>message</c> and <c>code</c> (contract facts §5.1).
    /// </summary>
    public static byte[] Fault(SoapFault fault)
    {
        var body = new XElement(
            SoapNames.Fault,
            new XElement("faultcode", $"{SoapNames.EnvelopePrefix}:{fault.FaultCode}"),
            new XElement("faultstring", fault.FaultString));

        if (fault.ErrorCode is { } code)
        {
            body.Add(new XElement(
                "detail",
                new XElement(
                    SoapNames.Mktows + "serviceException",
                    new XAttribute(XNamespace.Xmlns + SoapNames.MktowsPrefix, SoapNames.Mktows),
                    new XElement("name", "mktServiceException"),
                    new XElement("message", fault.DetailMessage),
                    new XElement("code", code),
                    fault.Cause is { } cause ? new XElement("cause", cause) : null)));
        }

        return Write(new XElement(
            SoapNames.Envelope,
            new XAttribute(XNamespace.Xmlns + SoapNames.EnvelopePrefix, SoapNames.Soap11),
            new XElement(SoapNames.Body, body)));
    }

    private static byte[] Write(XElement envelope) => Write(envelope.WriteTo);

    private static byte[] Write(Action<XmlWriter> write)
    {
        // Each thread writes into one buffer it keeps, and the answer is copied out once at its
        // exact size, rather than grown step by step and then copied.
        var buffer = t_buffer ??= new MemoryStream();
        buffer.SetLength(0);
        buffer.Write(Declaration);
        using (var writer = XmlWriter.Create(buffer, Settings))
        {
            write(writer);
        }

        var bytes = buffer.ToArray();
        if (buffer.Capacity > MaxKeptBuffer)
        {
            // A rare large answer (a page of a thousand leads) does not stay held by its thread.
            t_buffer = null;
        }

        return bytes;
    }
}
