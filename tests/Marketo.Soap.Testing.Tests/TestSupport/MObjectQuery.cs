using System.Globalization;
using System.Xml.Linq;

namespace Marketo.Soap.Testing.Tests.TestSupport;

/// <summary>Builds <c>paramsGetMObjects</c> bodies in schema order and reads what their answers chose.</summary>
internal static class MObjectQuery
{
    public static XElement GetMObjects(
        string type,
        int? id = null,
        (string Name, string Value)? externalKey = null,
        XElement[]? criteria = null,
        XElement[]? associations = null,
        string? streamPosition = null) => new(
        Wire.Mktows + "paramsGetMObjects",
        new XElement("type", type),
        id is { } i ? new XElement("id", i) : null,
        externalKey is { } key ? new XElement("externalKey", new XElement("name", key.Name), new XElement("value", key.Value)) : null,
        criteria is { Length: > 0 } ? new XElement("mObjCriteriaList", criteria) : null,
        associations is { Length: > 0 } ? new XElement("mObjAssociationList", associations) : null,
        streamPosition is not null ? new XElement("streamPosition", streamPosition) : null);

    public static XElement Criterion(string name, string comparison, string value) =>
        new("mObjCriteria", new XElement("attrName", name), new XElement("comparison", comparison), new XElement("attrValue", value));

    /// <summary>The ids of the <c>mObject</c>s an answer holds, in the order written.</summary>
    public static List<int> Ids(SoapAnswer answer)
    {
        answer.AssertSuccess();
        return [.. answer.Xml.Descendants("mObject").Select(o => int.Parse(o.Element("id")!.Value, CultureInfo.InvariantCulture))];
    }

    /// <summary>The <c>name</c>/<c>value</c> pairs of a list of <c>attrib</c> elements.</summary>
    public static List<(string Name, string Value)> Pairs(XElement list) =>
        [.. list.Elements("attrib").Select(a => (a.Element("name")!.Value, a.Element("value")!.Value))];
}
