using System.Xml.Linq;
using Marketo.Soap.Testing.Contract;
using Marketo.Soap.Testing.Soap;

namespace Marketo.Soap.Testing.Operations;

/// <summary>What the three custom object operations read and write alike: the type, attribute lists, statuses.</summary>
internal static class CustomObjectWire
{
    /// <summary>The most records one call may carry (operations facts §7.2: 100 for syncCustomObjects).</summary>
    public const int MaxRecordsPerCall = 100;

    /// <summary>The declared type <c>objTypeName</c> names, in any case (operations facts §7.1).</summary>
    /// <exception cref="SoapFault">20110 when no custom object has that name, with the message Marketo sent (captured, operations facts §7.2).</exception>
    public static StoredCustomObjectType Type(MarketoEmulatorStore store, XElement parameters) =>
        store.FindCustomObjectTypeLocked(WireValues.Text(parameters, "objTypeName")?.Trim() ?? string.Empty)
            ?? throw SoapFault.Marketo(20110, "Object name is not valid");

    /// <summary>Refuses more records than one call may carry; the code is the emulator's assumption, as for syncMObjects.</summary>
    public static void CheckCount(int count, string operation)
    {
        if (count > MaxRecordsPerCall)
        {
            throw SoapFault.Marketo(20110, $"{operation} operation failed: {count} records exceed the limit of {MaxRecordsPerCall} per call");
        }
    }

    /// <summary>The <c>attribute</c> pairs of an <c>ArrayOfAttribute</c> element, in order; none when absent or nil.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Pairs(XElement? list) =>
        list is null ? [] : [.. list.Elements("attribute").Select(a => KeyValuePair.Create(((string?)a.Element("attrName"))?.Trim() ?? string.Empty, (string?)a.Element("attrValue") ?? string.Empty))];

    /// <summary>An <c>ArrayOfAttribute</c> as Marketo answers it: <c>attrType</c> nil on every attribute (operations facts §2.1).</summary>
    public static XElement Attributes(string listName, IEnumerable<KeyValuePair<string, string>> pairs) => new(
        listName,
        pairs.Select(p => new XElement(
            "attribute",
            new XElement("attrName", p.Key),
            new XElement("attrType", new XAttribute(SoapNames.Nil, true)),
            new XElement("attrValue", p.Value))));

    /// <summary>One <c>syncCustomObjStatus</c>, the item of both sync's and delete's answers (operations facts §7.3): the keys as sent, error nil unless failed.</summary>
    public static XElement Status(StoredCustomObjectType type, IReadOnlyList<KeyValuePair<string, string>> keys, string status, string? error) => new(
        "syncCustomObjStatus",
        new XElement("objTypeName", type.Name),
        Attributes("customObjKeyList", keys),
        new XElement("status", status),
        error is null ? new XElement("error", new XAttribute(SoapNames.Nil, true)) : new XElement("error", error));

    /// <summary>The answer element: <c>success&lt;Op&gt;</c> holding <c>result</c> holding <paramref name="content"/>.</summary>
    public static XElement Success(string operation, params object[] content) =>
        new(SoapNames.Mktows + ("success" + char.ToUpperInvariant(operation[0]) + operation[1..]), new XElement("result", content));
}
