using System.Xml.Linq;

namespace Marketo.Soap.Testing.Tests.TestSupport;

/// <summary>What the emulator answered to one HTTP request.</summary>
internal sealed class SoapAnswer
{
    private static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";

    public SoapAnswer(int status, string? contentType, string body)
    {
        Status = status;
        ContentType = contentType;
        Body = body;
    }

    public int Status { get; }

    public string? ContentType { get; }

    public string Body { get; }

    public XDocument Xml => XDocument.Parse(Body);

    /// <summary>The <c>syncStatus</c> elements of a syncMultipleLeads answer, in order.</summary>
    public IReadOnlyList<LeadStatus> LeadStatuses => [.. Xml.Descendants("syncStatus").Select(LeadStatus.From)];

    /// <summary>The <c>mObjStatus</c> elements of a syncMObjects answer, in order.</summary>
    public IReadOnlyList<XElement> MObjStatuses => [.. Xml.Descendants("mObjStatus")];

    /// <summary>The fault's <c>detail/serviceException/code</c>, or null when the answer is no Marketo fault.</summary>
    public int? ErrorCode =>
        Xml.Root?.Element(Soap + "Body")?.Element(Soap + "Fault")?.Element("detail")?.Element(Wire.Mktows + "serviceException")?.Element("code") is { } code
            ? int.Parse(code.Value, System.Globalization.CultureInfo.InvariantCulture)
            : null;

    /// <summary>The text of the one element named <paramref name="name"/> anywhere in the answer.</summary>
    public string Text(string name) => Xml.Descendants(name).Single().Value;

    /// <summary>The number in the one element named <paramref name="name"/>, such as <c>returnCount</c>.</summary>
    public int Number(string name) => int.Parse(Text(name), System.Globalization.CultureInfo.InvariantCulture);

    public string? FaultMessage => Xml.Descendants("message").FirstOrDefault()?.Value;

    /// <summary>Asserts the answer is a Marketo fault with <paramref name="code"/>, sent as SOAP faults are: HTTP 500, XML.</summary>
    public void AssertMarketoFault(int code)
    {
        Assert.True(Status == 500 && ErrorCode == code, $"Expected fault {code} with HTTP 500, got HTTP {Status}:\n{Body}");
    }

    /// <summary>Asserts the answer is a successful SOAP answer.</summary>
    public void AssertSuccess()
    {
        Assert.True(Status == 200, $"Expected HTTP 200, got {Status}:\n{Body}");
    }

    /// <summary>One <c>syncStatus</c>: leadId, status, and the error text or null when nil.</summary>
    internal sealed record LeadStatus(int LeadId, string Status, string? Error)
    {
        private static readonly XName Nil = XNamespace.Get("http://www.w3.org/2001/XMLSchema-instance") + "nil";

        public static LeadStatus From(XElement status)
        {
            var error = status.Element("error");
            return new(
                int.Parse(status.Element("leadId")!.Value, System.Globalization.CultureInfo.InvariantCulture),
                status.Element("status")!.Value,
                error is null || (string?)error.Attribute(Nil) == "true" ? null : error.Value);
        }
    }
}
