using System.Globalization;
using System.ServiceModel.Channels;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Marketo.Soap.Pipeline;

/// <summary>What a Marketo SOAP fault says, read from WCF's <see cref="MessageFault"/>.</summary>
/// <remarks>
/// Marketo declares no faults in its WSDL, so WCF hands over an untyped fault. Its
/// <c>detail/serviceException</c> holds <c>name</c>, <c>message</c> and <c>code</c>; the code is
/// read from there first, then from the leading digits of the fault string
/// (<c>20014 - Authentication failed</c>), then from the trailing <c>(nnnnn)</c> of the message.
/// </remarks>
internal sealed partial class ServiceFault
{
    private ServiceFault(string? faultCode, string faultString, string? name, string? message, int? code)
    {
        FaultCode = faultCode;
        FaultString = faultString;
        Name = name;
        Message = message;
        Code = code;
    }

    public string? FaultCode { get; }

    public string FaultString { get; }

    public string? Name { get; }

    public string? Message { get; }

    public int? Code { get; }

    public static ServiceFault Read(MessageFault fault)
    {
        var faultString = fault.Reason?.GetMatchingTranslation()?.Text ?? string.Empty;
        string? name = null, message = null, codeText = null;

        if (fault.HasDetail)
        {
            using var reader = fault.GetReaderAtDetailContents();
            if (reader.MoveToContent() == XmlNodeType.Element && reader.LocalName == "serviceException")
            {
                var detail = (XElement)XNode.ReadFrom(reader);
                name = ChildText(detail, "name");
                message = ChildText(detail, "message");
                codeText = ChildText(detail, "code");
            }
        }

        var code = ParseCode(codeText) ?? LeadingDigits(faultString) ?? TrailingCode(message);
        return new ServiceFault(fault.Code?.Name, faultString, name, message, code);
    }

    private static string? ChildText(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName)?.Value.Trim();

    private static int? ParseCode(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var code) ? code : null;

    private static int? LeadingDigits(string text)
    {
        var match = LeadingCodePattern().Match(text);
        return match.Success ? ParseCode(match.Groups[1].Value) : null;
    }

    private static int? TrailingCode(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var match = TrailingCodePattern().Match(text);
        return match.Success ? ParseCode(match.Groups[1].Value) : null;
    }

    [GeneratedRegex(@"^\s*(\d+)")]
    private static partial Regex LeadingCodePattern();

    [GeneratedRegex(@"\((\d+)\)\s*$")]
    private static partial Regex TrailingCodePattern();
}
