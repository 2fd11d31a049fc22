using System.Xml.Linq;

namespace Marketo.Soap.Tests.TestSupport;

/// <summary>The <c>AuthenticationHeader</c> a recorded request carried.</summary>
internal sealed record SentHeader(string UserId, string Signature, string Timestamp)
{
    private static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";
    private static readonly XNamespace Mktows = "http://www.marketo.com/mktows/";

    public static SentHeader From(RecordedExchange request)
    {
        var header = XDocument.Parse(request.Body).Root!.Element(Soap + "Header")!.Element(Mktows + "AuthenticationHeader")!;
        return new SentHeader(
            header.Element("mktowsUserId")!.Value,
            header.Element("requestSignature")!.Value,
            header.Element("requestTimestamp")!.Value);
    }
}
