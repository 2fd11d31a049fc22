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

    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static XElement GetLead(string keyType, string keyValue) => new(
        Mktows + "paramsGetLead",
        new XElement("leadKey", new XElement("keyType", keyType), new XElement("keyValue", keyValue)));

    public static XElement SyncLead(XElement leadRecord, bool returnLead) => new(
        Mktows + "paramsSyncLead",
        leadRecord,
        new XElement("returnLead", returnLead ? "true" : "false"));

    public static XElement GetMultipleLeads(XElement? selector, string? streamPosition = null, int? batchSize = null, params string[] includeAttributes) => new(
        Mktows + "paramsGetMultipleLeads",
        selector,
        streamPosition is not null ? new XElement("streamPosition", streamPosition) : null,
        batchSize is { } size ? new XElement("batchSize", size) : null,
        includeAttributes.Length > 0 ? new XElement("includeAttributes", includeAttributes.Select(a => new XElement("stringItem", a))) : null);

    /// <summary>A <c>leadSelector</c> naming its type with <paramref name="prefix"/>, bound to the mktows namespace on the selector itself.</summary>
    public static XElement Selector(string type, string prefix, params object[] children) => new(
        "leadSelector",
        new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
        new XAttribute(XNamespace.Xmlns + prefix, Mktows),
        new XAttribute(Xsi + "type", prefix + ":" + type),
        children);

    public static XElement KeySelector(string keyType, IEnumerable<string> values, string prefix = "ns1") =>
        Selector("LeadKeySelector", prefix, new XElement("keyType", keyType), new XElement("keyValues", values.Select(v => new XElement("stringItem", v))));

    public static XElement ListSelector(int? id = null, string? name = null) =>
        Selector("StaticListSelector", "ns1", name is not null ? new XElement("staticListName", name) : null!, id is { } i ? new XElement("staticListId", i) : null!);

    public static XElement UpdatedSelector(DateTimeOffset oldest, DateTimeOffset? latest = null) =>
        Selector(
            "LastUpdateAtSelector",
            "ns1",
            latest is { } l ? new XElement("latestUpdatedAt", System.Xml.XmlConvert.ToString(l)) : null!,
            new XElement("oldestUpdatedAt", System.Xml.XmlConvert.ToString(oldest)));

    public static XElement ListOperation(string operation, string listName, IEnumerable<string> leadIds, bool? strict = null) => new(
        Mktows + "paramsListOperation",
        new XElement("listOperation", operation),
        new XElement("listKey", new XElement("keyType", "MKTOLISTNAME"), new XElement("keyValue", listName)),
        new XElement("listMemberList", leadIds.Select(id => new XElement("leadKey", new XElement("keyType", "IDNUM"), new XElement("keyValue", id)))),
        strict is { } s ? new XElement("strict", s ? "true" : "false") : null);

    public static XElement GetCampaignsForSource(string source, string? name = null, bool? exactName = null) => new(
        Mktows + "paramsGetCampaignsForSource",
        new XElement("source", source),
        name is not null ? new XElement("name", name) : null,
        exactName is { } e ? new XElement("exactName", e ? "true" : "false") : null);

    public static XElement RequestCampaign(string source, int? campaignId = null, int[]? leadIds = null, string? programName = null, string? campaignName = null, params (string Name, string Value)[] tokens) => new(
        Mktows + "paramsRequestCampaign",
        new XElement("source", source),
        campaignId is { } id ? new XElement("campaignId", id) : null,
        leadIds is not null ? new XElement("leadList", leadIds.Select(i => new XElement("leadKey", new XElement("keyType", "IDNUM"), new XElement("keyValue", i)))) : null,
        programName is not null ? new XElement("programName", programName) : null,
        campaignName is not null ? new XElement("campaignName", campaignName) : null,
        tokens.Length > 0 ? new XElement("programTokenList", tokens.Select(t => Attrib("attrib", t))) : null);

    public static XElement ScheduleCampaign(string programName, string campaignName, DateTimeOffset? runAt, params (string Name, string Value)[] tokens) => new(
        Mktows + "paramsScheduleCampaign",
        new XElement("programName", programName),
        new XElement("campaignName", campaignName),
        runAt is { } at ? new XElement("campaignRunAt", System.Xml.XmlConvert.ToString(at)) : null,
        tokens.Length > 0 ? new XElement("programTokenList", tokens.Select(t => Attrib("attrib", t))) : null);

    public static XElement GetLeadActivity(string keyType, string keyValue, XElement? startPosition = null, int? batchSize = null, params string[] includeTypes) => new(
        Mktows + "paramsGetLeadActivity",
        new XElement("leadKey", new XElement("keyType", keyType), new XElement("keyValue", keyValue)),
        includeTypes.Length > 0 ? new XElement("activityFilter", new XElement("includeTypes", includeTypes.Select(t => new XElement("activityType", t)))) : null,
        startPosition,
        batchSize is { } size ? new XElement("batchSize", size) : null);

    public static XElement GetLeadChanges(XElement startPosition, int? batchSize = null, XElement? selector = null, params string[] activityNames) => new(
        Mktows + "paramsGetLeadChanges",
        startPosition,
        activityNames.Length > 0 ? new XElement("activityNameFilter", activityNames.Select(n => new XElement("stringItem", n))) : null,
        batchSize is { } size ? new XElement("batchSize", size) : null,
        selector);

    /// <summary>A <c>startPosition</c>; <paramref name="from"/> is a previous answer's <c>newStartPosition</c> to send back whole.</summary>
    public static XElement StartPosition(DateTimeOffset? oldestCreatedAt = null, string? offset = null, XElement? from = null) =>
        from is not null
            ? new XElement("startPosition", from.Elements())
            : new XElement(
                "startPosition",
                oldestCreatedAt is { } oldest ? new XElement("oldestCreatedAt", System.Xml.XmlConvert.ToString(oldest)) : null,
                offset is not null ? new XElement("offset", offset) : null);

    public static XElement MergeLeads((string KeyType, string Value)[] winner, params (string KeyType, string Value)[][] losers) => new(
        Mktows + "paramsMergeLeads",
        new XElement("winningLeadKeyList", winner.Select(KeyAttribute)),
        new XElement("losingLeadKeyLists", losers.Select(l => new XElement("keyList", l.Select(KeyAttribute)))));

    private static XElement KeyAttribute((string KeyType, string Value) key) =>
        new("attribute", new XElement("attrName", key.KeyType), new XElement("attrValue", key.Value));
}
