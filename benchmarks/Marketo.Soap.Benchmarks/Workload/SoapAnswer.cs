using System.Text;

namespace Marketo.Soap.Benchmarks.Workload;

/// <summary>
/// The envelope of Marketo's answers as its recordings show it (SOAP-ENV and ns1 prefixes, an
/// XML declaration, two-space indentation), around a body the workload writes itself.
/// </summary>
internal static class SoapAnswer
{
    /// <summary>Opens the envelope up to and including <c>ns1:{successElement}</c> and its <c>result</c>.</summary>
    public static StringBuilder Start(string successElement, int capacity) =>
        new StringBuilder(capacity)
            .Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
            .Append("<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:ns1=\"http://www.marketo.com/mktows/\">\n")
            .Append("  <SOAP-ENV:Body>\n    <ns1:").Append(successElement).Append(">\n      <result>\n");

    /// <summary>Closes what <see cref="Start"/> opened and returns the answer's UTF-8 bytes.</summary>
    public static byte[] End(StringBuilder xml, string successElement)
    {
        xml.Append("      </result>\n    </ns1:").Append(successElement).Append(">\n  </SOAP-ENV:Body>\n</SOAP-ENV:Envelope>\n");
        return Encoding.UTF8.GetBytes(xml.ToString());
    }
}
