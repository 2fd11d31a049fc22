using System.Xml.Linq;
using Marketo.Soap.Testing.Contract;

namespace Marketo.Soap.Testing.Internal;

/// <summary>
/// A best-effort first look at a request, before any check: which operation it names and how many
/// records it carries. Used for fault-injection predicates and the exchange log; never throws.
/// A body that is not well-formed gets no look at all.
/// </summary>
internal static class RequestPeek
{
    /// <summary>The look taken at the envelope the endpoint parsed, so that a request is parsed once, not twice.</summary>
    public static (string? Operation, int? RecordCount) Look(XElement envelope, WsdlContract contract)
    {
        // The first element of the root's first Body names the operation, and its record lists' records are counted.
        var part = envelope.Element(SoapNames.Body)?.Elements().FirstOrDefault();
        var operation = part is null ? null : contract.FindByRequestElement(part.Name)?.Name;
        if (Record(operation) is not { } record)
        {
            return (operation, null);
        }

        var count = 0;
        foreach (var list in part!.Elements(RecordList(operation)!))
        {
            count += list.Elements(record).Count();
        }

        return (operation, count);
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
