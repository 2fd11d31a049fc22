using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;

namespace Marketo.Soap.Testing.Tests.TestSupport;

/// <summary>
/// The tests' own signer, written from the contract facts (§5.4) rather than taken from the client
/// or the emulator, so a mistake in either is caught.
/// </summary>
internal static class RequestSigner
{
    private static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";

    public static string Timestamp(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static string Sign(string timestamp, string userId, string encryptionKey)
    {
        var mac = HMACSHA1.HashData(Encoding.UTF8.GetBytes(encryptionKey), Encoding.UTF8.GetBytes(timestamp + userId));
        return Convert.ToHexString(mac).ToLowerInvariant();
    }

    public static XElement Header(string userId, string encryptionKey, string timestamp) => new(
        Wire.Mktows + "AuthenticationHeader",
        new XElement("mktowsUserId", userId),
        new XElement("requestSignature", Sign(timestamp, userId, encryptionKey)),
        new XElement("requestTimestamp", timestamp));

    /// <summary>A SOAP 1.1 envelope around <paramref name="body"/>, with Marketo's prefixes.</summary>
    public static XDocument Envelope(XElement? header, XElement body) => new(
        new XElement(
            Soap + "Envelope",
            new XAttribute(XNamespace.Xmlns + "SOAP-ENV", Soap),
            new XAttribute(XNamespace.Xmlns + "ns1", Wire.Mktows),
            header is null ? null : new XElement(Soap + "Header", header),
            new XElement(Soap + "Body", body)));

    /// <summary>A recorded or fixture request with its AuthenticationHeader replaced by a fresh one; everything else kept.</summary>
    public static string Resign(string requestXml, string userId, string encryptionKey, string timestamp)
    {
        var document = XDocument.Parse(requestXml);
        document.Descendants(Wire.Mktows + "AuthenticationHeader").Single().ReplaceWith(Header(userId, encryptionKey, timestamp));
        return document.ToString();
    }
}
