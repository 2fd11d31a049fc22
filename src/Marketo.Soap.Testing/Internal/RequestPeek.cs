using System.Xml;
using System.Xml.Linq;
using Marketo.Soap.Testing.Contract;

namespace Marketo.Soap.Testing.Internal;

/// <summary>
/// A best-effort first look at a request, before any check: which operation it names and how many
/// records it carries. Used for fault-injection predicates and the exchange log; never throws.
/// </summary>
internal static class RequestPeek
{
    private static readonly XmlReaderSettings SafeXml = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    public static (string? Operation, int? RecordCount) Look(byte[] body, WsdlContract contract)
    {
        XElement? part;
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(body, writable: false), SafeXml);
            part = XDocument.Load(reader).Root?.Element(SoapNames.Body)?.Elements().FirstOrDefault();
        }
        catch (XmlException)
        {
            return (null, null);
        }

        var operation = part is null ? null : contract.FindByRequestElement(part.Name)?.Name;
        int? count = operation switch
        {
            "syncMultipleLeads" => part!.Elements("leadRecordList").Elements("leadRecord").Count(),
            "syncMObjects" => part!.Elements("mObjectList").Elements("mObject").Count(),
            "syncCustomObjects" => part!.Elements("customObjList").Elements("customObj").Count(),
            "deleteCustomObjects" => part!.Elements("customObjKeyLists").Elements("keyList").Count(),
            _ => null,
        };
        return (operation, count);
    }
}
