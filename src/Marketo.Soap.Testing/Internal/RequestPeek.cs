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
        // Read forward only, without building a tree: the SOAP endpoint parses the request once
        // more anyway, and a 300-lead body is about 2,000 elements. The whole body is still read,
        // so a body that is not well-formed gives no look at all, as before.
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(body, writable: false), SafeXml);
            var (inBody, bodySeen, inPart, partSeen) = (false, false, false, false);
            string? operation = null;
            var (inList, count) = (false, 0);
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                switch (reader.Depth)
                {
                    case 1:
                        // The first Body child of the root, as Root.Element(Body) would find it.
                        inBody = !bodySeen && reader.LocalName == SoapNames.Body.LocalName && reader.NamespaceURI == SoapNames.Body.NamespaceName;
                        bodySeen |= inBody;
                        inPart = false;
                        break;
                    case 2 when inBody:
                        // The Body's first element names the operation, as Elements().FirstOrDefault() would.
                        inPart = !partSeen;
                        if (!partSeen)
                        {
                            partSeen = true;
                            operation = contract.FindByRequestElement(XName.Get(reader.LocalName, reader.NamespaceURI))?.Name;
                        }

                        break;
                    case 3:
                        inList = inPart && reader.NamespaceURI.Length == 0 && reader.LocalName == RecordList(operation);
                        break;
                    case 4 when inList && reader.NamespaceURI.Length == 0 && reader.LocalName == Record(operation):
                        count++;
                        break;
                }
            }

            return (operation, Record(operation) is null ? null : count);
        }
        catch (XmlException)
        {
            return (null, null);
        }
    }

    private static string? RecordList(string? operation) => operation switch
    {
        "syncMultipleLeads" => "leadRecordList",
        "syncMObjects" => "mObjectList",
        "syncCustomObjects" => "customObjList",
        "deleteCustomObjects" => "customObjKeyLists",
        _ => null,
    };

    private static string? Record(string? operation) => operation switch
    {
        "syncMultipleLeads" => "leadRecord",
        "syncMObjects" => "mObject",
        "syncCustomObjects" => "customObj",
        "deleteCustomObjects" => "keyList",
        _ => null,
    };
}
