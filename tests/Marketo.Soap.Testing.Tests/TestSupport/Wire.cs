using System.Xml.Linq;

namespace Marketo.Soap.Testing.Tests.TestSupport;

/// <summary>
/// Builds request body elements the way Marketo's schema lays them out: the global element in the
/// mktows namespace, every child unqualified and in schema order. Tests state only what they vary.
/// </summary>
internal static class Wire
{
    public static readonly XNamespace Mktows = "http://www.marketo.com/mktows/";

    public static XElement SyncMultipleLeads(bool? dedupEnabled, params XElement[] leadRecords) => new(
        Mktows + "paramsSyncMultipleLeads",
        new XElement("leadRecordList", leadRecords),
        dedupEnabled is { } dedup ? new XElement("dedupEnabled", dedup ? "true" : "false") : null);

    public static XElement SyncMultipleLeads(params XElement[] leadRecords) => SyncMultipleLeads(null, leadRecords);

    public static XElement Lead(int? id = null, string? email = null, string? foreignId = null, string? foreignType = null, params (string Name, string Value)[] attributes) => new(
        "leadRecord",
        id is { } i ? new XElement("Id", i) : null,
        email is not null ? new XElement("Email", email) : null,
        foreignId is not null ? new XElement("ForeignSysPersonId", foreignId) : null,
        foreignType is not null ? new XElement("ForeignSysType", foreignType) : null,
        attributes.Length > 0
            ? new XElement("leadAttributeList", attributes.Select(a => new XElement("attribute", new XElement("attrName", a.Name), new XElement("attrValue", a.Value))))
            : null);

    public static XElement SyncMObjects(string operation, params XElement[] mObjects) => new(
        Mktows + "paramsSyncMObjects",
        new XElement("mObjectList", mObjects),
        new XElement("operation", operation));

    public static XElement MObject(
        string type,
        int? id = null,
        (string Name, string Value)? externalKey = null,
        (string Name, string Value)[]? attribs = null,
        XElement[]? typeAttribs = null,
        XElement[]? associations = null) => new(
        "mObject",
        new XElement("type", type),
        id is { } i ? new XElement("id", i) : null,
        externalKey is { } key ? Attrib("externalKey", key) : null,
        attribs is { Length: > 0 } ? new XElement("attribList", attribs.Select(a => Attrib("attrib", a))) : null,
        typeAttribs is { Length: > 0 } ? new XElement("typeAttribList", typeAttribs) : null,
        associations is { Length: > 0 } ? new XElement("associationList", associations) : null);

    public static XElement TypeAttrib(string attrType, params (string Name, string Value)[] attribs) => new(
        "typeAttrib",
        new XElement("attrType", attrType),
        attribs.Length > 0 ? new XElement("attrList", attribs.Select(a => Attrib("attrib", a))) : null);

    public static XElement Association(string type, int? id = null, (string Name, string Value)? externalKey = null) => new(
        "mObjAssociation",
        new XElement("mObjType", type),
        id is { } i ? new XElement("id", i) : null,
        externalKey is { } key ? Attrib("externalKey", key) : null);

    private static XElement Attrib(string elementName, (string Name, string Value) pair) =>
        new(elementName, new XElement("name", pair.Name), new XElement("value", pair.Value));
}
