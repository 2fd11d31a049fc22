using Marketo.Soap.Models;
using Proxy = Marketo.Soap.Generated;

namespace Marketo.Soap.Internal;

/// <summary>Turns a validated <see cref="SyncMultipleLeadsRequest"/> into the proxy's request body.</summary>
/// <remarks>
/// Marketo ignores element names it does not know, so a misspelt name silently creates a
/// duplicate lead. Names therefore come from the proxy, never from string literals here.
/// </remarks>
internal static class LeadRequestMapper
{
    public static Proxy.ParamsSyncMultipleLeads ToProxy(SyncMultipleLeadsRequest request)
    {
        var records = new Proxy.LeadRecord[request.Leads.Count];
        for (var i = 0; i < records.Length; i++)
        {
            records[i] = ToProxy(request.Leads[i]);
        }

        return new Proxy.ParamsSyncMultipleLeads
        {
            leadRecordList = records,
            dedupEnabled = request.DedupEnabled,
            dedupEnabledSpecified = request.DedupEnabled.HasValue,
        };
    }

    private static Proxy.LeadRecord ToProxy(LeadRecord lead) => new()
    {
        Id = lead.Id,
        IdSpecified = lead.Id.HasValue,
        Email = lead.Email,
        ForeignSysPersonId = lead.ForeignSysPersonId,
        ForeignSysType = lead.ForeignSysType is { } type ? ToProxy(type) : null,
        ForeignSysTypeSpecified = lead.ForeignSysType.HasValue,
        leadAttributeList = lead.Attributes.Count == 0 ? null : ToProxy(lead.Attributes),
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

    private static Proxy.ForeignSysType ToProxy(ForeignSystemType type) => type switch
    {
        ForeignSystemType.Custom => Proxy.ForeignSysType.CUSTOM,
        ForeignSystemType.Sfdc => Proxy.ForeignSysType.SFDC,
        ForeignSystemType.NetSuite => Proxy.ForeignSysType.NETSUITE,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a ForeignSystemType value."),
    };
}
