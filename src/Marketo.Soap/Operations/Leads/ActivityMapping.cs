using Marketo.Soap.Models;
using Proxy = Marketo.Soap.Generated;

namespace Marketo.Soap.Operations;

/// <summary>Maps activity filters to the proxy, and activity and lead change records from it.</summary>
internal static class ActivityMapping
{
    /// <summary>The filter, or <see langword="null"/> when neither list has a type (all types).</summary>
    public static Proxy.ActivityTypeFilter? ToProxy(IReadOnlyList<ActivityType> includeTypes, IReadOnlyList<ActivityType> excludeTypes) =>
        includeTypes.Count == 0 && excludeTypes.Count == 0
            ? null
            : new Proxy.ActivityTypeFilter { includeTypes = ToProxy(includeTypes), excludeTypes = ToProxy(excludeTypes) };

    /// <summary>
    /// The public enum lists the 57 wire values in the schema's order under the same names, so the
    /// numbers agree (a test holds the two enums to that).
    /// </summary>
    public static Proxy.ActivityType ToProxy(ActivityType type) => (Proxy.ActivityType)(int)type;

    public static LeadActivity FromProxy(Proxy.ActivityRecord record) => new(
        record.id,
        WireTime.FromWire(record.activityDateTime),
        record.activityType ?? string.Empty,
        NoValueAsNull(record.mktgAssetName),
        Attributes(record.activityAttributes),
        NoValueAsNull(record.campaign),
        NoValueAsNull(record.personName),
        record.mktPersonId ?? string.Empty,
        NoValueAsNull(record.foreignSysId),
        NoValueAsNull(record.orgName),
        NoValueAsNull(record.foreignSysOrgId));

    public static LeadChange FromProxy(Proxy.LeadChangeRecord record) => new(
        record.id,
        WireTime.FromWire(record.activityDateTime),
        record.activityType ?? string.Empty,
        NoValueAsNull(record.mktgAssetName),
        Attributes(record.activityAttributes),
        NoValueAsNull(record.campaign),
        record.mktPersonId ?? string.Empty);

    private static Proxy.ActivityType[]? ToProxy(IReadOnlyList<ActivityType> types)
    {
        if (types.Count == 0)
        {
            return null;
        }

        var result = new Proxy.ActivityType[types.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = ToProxy(types[i]);
        }

        return result;
    }

    private static ActivityAttribute[] Attributes(Proxy.Attribute[]? attributes)
    {
        if (attributes is null)
        {
            return [];
        }

        var result = new ActivityAttribute[attributes.Length];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = new ActivityAttribute(attributes[i].attrName ?? string.Empty, attributes[i].attrValue ?? string.Empty);
        }

        return result;
    }

    // Marketo sends elements it has no value for as empty (<campaign />) as well as nil or absent.
    private static string? NoValueAsNull(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
