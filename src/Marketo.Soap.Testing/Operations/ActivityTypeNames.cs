using System.Xml.Linq;

namespace Marketo.Soap.Testing.Operations;

/// <summary>Reads activity filters: <c>ActivityType</c> enum values become the display names records carry (operations facts §2.5).</summary>
/// <remarks>
/// Only the types the emulator writes are mapped; any other enum value names activities the
/// emulator never writes, so it matches nothing.
/// </remarks>
internal static class ActivityTypeNames
{
    public const string NewLead = "New Lead";
    public const string ChangeDataValue = "Change Data Value";
    public const string AddToList = "Add to List";
    public const string RemoveFromList = "Remove from List";
    public const string RequestCampaign = "Request Campaign";
    public const string MergeLeads = "Merge Leads";

    private static readonly Dictionary<string, string> ByEnumValue = new(StringComparer.Ordinal)
    {
        ["NewLead"] = NewLead,
        ["ChangeDataValue"] = ChangeDataValue,
        ["AddToList"] = AddToList,
        ["RemoveFromList"] = RemoveFromList,
        ["RequestCampaign"] = RequestCampaign,
        ["MergeLeads"] = MergeLeads,
    };

    /// <summary>Whether an <c>activityFilter</c> (and, for getLeadChanges, an <c>activityNameFilter</c>) lets an activity type through.</summary>
    /// <remarks>An absent or empty filter lets everything through (operations facts §2.5); every filter sent applies.</remarks>
    public static Func<string, bool> Filter(XElement parameters)
    {
        var filter = parameters.Element("activityFilter");
        var include = Names(filter?.Element("includeTypes"));
        var exclude = Names(filter?.Element("excludeTypes"));
        var byName = parameters.Element("activityNameFilter")?.Elements("stringItem").Select(s => s.Value.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return type =>
            (include is null || include.Contains(type))
            && (exclude is null || !exclude.Contains(type))
            && (byName is null || byName.Count == 0 || byName.Contains(type));
    }

    private static HashSet<string>? Names(XElement? list)
    {
        if (list is null || !list.Elements("activityType").Any())
        {
            return null;
        }

        return list.Elements("activityType")
            .Select(t => ByEnumValue.GetValueOrDefault(t.Value.Trim(), "enum:" + t.Value.Trim()))
            .ToHashSet(StringComparer.Ordinal);
    }
}
