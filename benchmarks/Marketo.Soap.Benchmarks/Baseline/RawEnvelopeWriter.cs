using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml;

namespace Marketo.Soap.Benchmarks.Baseline;

/// <summary>
/// The baseline's SOAP envelope: writes, byte for byte, the envelope and signed
/// <c>AuthenticationHeader</c> the client's WCF stack sends (the same prefixes and the same
/// redundant namespace declarations), so both sides put the same bytes on the wire.
/// </summary>
internal static class RawEnvelopeWriter
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        OmitXmlDeclaration = true,
        CloseOutput = false,
    };

    public static XmlWriter Create(Stream output) => XmlWriter.Create(output, Settings);

    /// <summary>Writes everything up to the open <c>s:Body</c>; the caller writes the body element and then calls <see cref="End"/>.</summary>
    public static void Start(XmlWriter writer, string userId, byte[] key, DateTimeOffset localNow)
    {
        writer.WriteStartElement("s", "Envelope", SoapNames.Envelope);
        writer.WriteStartElement("s", "Header", SoapNames.Envelope);
        writer.WriteStartElement("h", "AuthenticationHeader", SoapNames.Mktows);
        writer.WriteAttributeString("xmlns", "h", null, SoapNames.Mktows);
        writer.WriteAttributeString("xmlns", SoapNames.Mktows);
        WriteSchemaNamespaces(writer);
        WriteSignedFields(writer, userId, key, localNow);
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteStartElement("s", "Body", SoapNames.Envelope);
        WriteSchemaNamespaces(writer);
    }

    public static void End(XmlWriter writer)
    {
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.Flush();
    }

    private static void WriteSchemaNamespaces(XmlWriter writer)
    {
        writer.WriteAttributeString("xmlns", "xsi", null, SoapNames.Xsi);
        writer.WriteAttributeString("xmlns", "xsd", null, SoapNames.Xsd);
    }

    /// <summary>
    /// mktowsUserId, then the lowercase hex HMAC-SHA1 of <c>timestamp + userId</c>, then the
    /// timestamp (W3C, to the second, with a <c>±hh:mm</c> offset), built in one rented scratch array.
    /// </summary>
    private static void WriteSignedFields(XmlWriter writer, string userId, byte[] key, DateTimeOffset localNow)
    {
        const int SignatureAt = 64;
        var scratch = ArrayPool<char>.Shared.Rent(SignatureAt + (HMACSHA1.HashSizeInBytes * 2));
        try
        {
            localNow.TryFormat(scratch, out var timestampLength, "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

            Span<byte> message = stackalloc byte[256];
            var messageLength = Encoding.UTF8.GetBytes(scratch.AsSpan(0, timestampLength), message);
            messageLength += Encoding.UTF8.GetBytes(userId, message[messageLength..]);
            Span<byte> mac = stackalloc byte[HMACSHA1.HashSizeInBytes];
            HMACSHA1.HashData(key, message[..messageLength], mac);
            Convert.TryToHexStringLower(mac, scratch.AsSpan(SignatureAt), out var signatureLength);

            writer.WriteStartElement("mktowsUserId", string.Empty);
            writer.WriteString(userId);
            writer.WriteEndElement();
            writer.WriteStartElement("requestSignature", string.Empty);
            writer.WriteChars(scratch, SignatureAt, signatureLength);
            writer.WriteEndElement();
            writer.WriteStartElement("requestTimestamp", string.Empty);
            writer.WriteChars(scratch, 0, timestampLength);
            writer.WriteEndElement();
        }
        finally
        {
            ArrayPool<char>.Shared.Return(scratch);
        }
    }
}
