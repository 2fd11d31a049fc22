using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Marketo.Soap.Testing.Operations;

/// <summary>Writes activities as getLeadActivity's <c>activityRecord</c> and getLeadChanges' <c>leadChangeRecord</c> (operations facts §3.3, §3.4).</summary>
internal static class ActivityRecordXml
{
    /// <summary>An <c>activityRecord</c>: <c>campaign</c> empty, the person and organisation fields nil, as in the documented sample.</summary>
    public static XElement Activity(StoredActivity activity) => new(
        "activityRecord",
        Common(activity),
        new XElement("campaign", string.Empty),
        LeadRecordXml.Nil("personName"),
        new XElement("mktPersonId", Id(activity.LeadId)),
        LeadRecordXml.Nil("foreignSysId"),
        LeadRecordXml.Nil("orgName"),
        LeadRecordXml.Nil("foreignSysOrgId"));

    /// <summary>A <c>leadChangeRecord</c>: no <c>campaign</c>, since no campaign made the change.</summary>
    public static XElement Change(StoredActivity activity) => new(
        "leadChangeRecord",
        Common(activity),
        new XElement("mktPersonId", Id(activity.LeadId)));

    private static IEnumerable<XElement> Common(StoredActivity activity) =>
    [
        new XElement("id", activity.Id),
        new XElement("activityDateTime", XmlConvert.ToString(activity.CreatedAt)),
        new XElement("activityType", activity.ActivityType),
        activity.AssetName is { } asset ? new XElement("mktgAssetName", asset) : null!,
        new XElement(
            "activityAttributes",
            activity.Attributes.Select(a => new XElement("attribute", new XElement("attrName", a.Name), LeadRecordXml.Nil("attrType"), new XElement("attrValue", a.Value)))),
    ];

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
