using System.Xml;

namespace Marketo.Soap.WsdlConformance;

/// <summary>
/// Brings Marketo's 2_2 WSDL to 2_3. The contract facts (mktows-2_3-facts.md §0 and §2.6) list
/// exactly three schema changes from 2_2 to 2_3, read from Marketo's 2_3 SDK; nothing else
/// changed. Each is applied here as its own step, and each says what it did, so a reader of CI's
/// log sees that all three were considered.
/// </summary>
internal static class Marketo23Changes
{
    /// <summary>Applies the three changes to <paramref name="marketo22"/> in place; returns one line per change.</summary>
    /// <exception cref="InvalidDataException">A change cannot be applied because the 2_2 WSDL is not shaped as the facts say.</exception>
    public static IReadOnlyList<string> Apply(WsdlModel marketo22) =>
    [
        AddActivityNameFilter(marketo22),
        RemoveSkipActivityLog(marketo22),
        RemoveClearList(marketo22),
    ];

    // 1. ParamsGetLeadChanges gained activityNameFilter (ArrayOfString, 0..1, nillable), right
    //    after activityFilter: the 2_3 filter by activity display name.
    private static string AddActivityNameFilter(WsdlModel wsdl)
    {
        var elements = ComplexType(wsdl, "ParamsGetLeadChanges").Elements;
        var after = elements.FindIndex(e => e.Name == "activityFilter");
        if (after < 0 || elements.Exists(e => e.Name == "activityNameFilter"))
        {
            throw new InvalidDataException("ParamsGetLeadChanges: expected activityFilter and no activityNameFilter in 2_2.");
        }

        elements.Insert(after + 1, new SchemaElement("activityNameFilter", new XmlQualifiedName("ArrayOfString", wsdl.TargetNamespace), "0", "1", Nillable: true));
        return "ParamsGetLeadChanges: added activityNameFilter after activityFilter";
    }

    // 2. ParamsListOperation lost skipActivityLog.
    private static string RemoveSkipActivityLog(WsdlModel wsdl)
    {
        var removed = ComplexType(wsdl, "ParamsListOperation").Elements.RemoveAll(e => e.Name == "skipActivityLog");
        return removed == 1
            ? "ParamsListOperation: removed skipActivityLog"
            : "ParamsListOperation: skipActivityLog was not there to remove";
    }

    // 3. ListOperationType lost CLEARLIST. Marketo's 2_2 SDK had the value but the 2_2 WSDL never
    //    did (operations facts §0.3, item 1), so on that WSDL this step finds nothing to remove.
    private static string RemoveClearList(WsdlModel wsdl)
    {
        if (!wsdl.SimpleTypes.TryGetValue("ListOperationType", out var type))
        {
            throw new InvalidDataException("ListOperationType: not in the 2_2 WSDL.");
        }

        return type.Values.Remove("CLEARLIST")
            ? "ListOperationType: removed CLEARLIST"
            : "ListOperationType: CLEARLIST was already absent (as the facts expect of Marketo's 2_2 WSDL)";
    }

    private static ComplexTypeModel ComplexType(WsdlModel wsdl, string name) =>
        wsdl.ComplexTypes.GetValueOrDefault(name) ?? throw new InvalidDataException($"{name}: not in the 2_2 WSDL.");
}
