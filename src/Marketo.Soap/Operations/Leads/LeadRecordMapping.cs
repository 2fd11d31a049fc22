using Marketo.Soap.Models;
using Proxy = Marketo.Soap.Generated;

namespace Marketo.Soap.Operations;

/// <summary>Maps a <see cref="LeadRecord"/> to the proxy's, for every operation that sends leads.</summary>
/// <remarks>
/// Marketo ignores element names it does not know, so a misspelt name silently creates a
/// duplicate lead. Names therefore come from the proxy, never from string literals here.
/// </remarks>
internal static class LeadRecordMapping
{
    public static Proxy.LeadRecord ToProxy(LeadRecord lead) => new()
    {
        Id = lead.Id,
        IdSpecified = lead.Id.HasValue,
        Email = lead.Email,
        ForeignSysPersonId = lead.ForeignSysPersonId,
        ForeignSysType = lead.ForeignSysType is { } type ? ToProxy(type) : null,
        ForeignSysTypeSpecified = lead.ForeignSysType.HasValue,
        leadAttributeList = lead.Attributes.Count == 0 ? null : ToProxy(lead.Attributes),
    };

    public static Proxy.ForeignSysType ToProxy(ForeignSystemType type) => type switch
    {
        ForeignSystemType.Custom => Proxy.ForeignSysType.CUSTOM,
        ForeignSystemType.Sfdc => Proxy.ForeignSysType.SFDC,
        ForeignSystemType.NetSuite => Proxy.ForeignSysType.NETSUITE,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a ForeignSystemType value."),
    };

    private static Proxy.Attribute[] ToProxy(IReadOnlyList<LeadAttribute> attributes)
    {
        var result = new Proxy.Attribute[attributes.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = new Proxy.Attribute { attrName = attributes[i].Name, attrValue = attributes[i].Value };
        }

        return result;
    }
}
