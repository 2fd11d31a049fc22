using Marketo.Soap.Models;
using Proxy = Marketo.Soap.Generated;

namespace Marketo.Soap.Operations;

/// <summary>Maps a <see cref="LeadRecord"/> to and from the proxy's, for every operation that sends or reads leads.</summary>
/// <remarks>
/// Marketo ignores element names it does not know, so a misspelt name silently creates a
/// duplicate lead. Names therefore come from the proxy, never from string literals here.
/// </remarks>
internal static class LeadRecordMapping
{
    public static Proxy.LeadRecord ToProxy(LeadRecord lead) => Fill(new Proxy.LeadRecord(), lead);

    /// <summary>Writes <paramref name="lead"/> into <paramref name="target"/>, reusing its attribute objects.</summary>
    public static Proxy.LeadRecord Fill(Proxy.LeadRecord target, LeadRecord lead)
    {
        target.Id = lead.Id;
        target.IdSpecified = lead.Id.HasValue;
        target.Email = lead.Email;
        target.ForeignSysPersonId = lead.ForeignSysPersonId;
        target.ForeignSysType = lead.ForeignSysType is { } type ? ToProxy(type) : null;
        target.ForeignSysTypeSpecified = lead.ForeignSysType.HasValue;
        var attributes = lead.Attributes;
        var list = ProxyArrays.OrNull(target.leadAttributeList, attributes.Count);
        for (var i = 0; i < attributes.Count; i++)
        {
            var attribute = attributes[i];
            var sent = list![i];
            sent.attrName = attribute.Name;
            sent.attrType = attribute.Type;
            sent.attrValue = attribute.Value;
        }

        target.leadAttributeList = list;
        return target;
    }

    /// <summary>Drops the lead's values from <paramref name="target"/>, keeping its objects for <see cref="Fill"/>.</summary>
    public static void Clear(Proxy.LeadRecord target)
    {
        target.Email = null;
        target.ForeignSysPersonId = null;
        foreach (var attribute in target.leadAttributeList ?? [])
        {
            attribute.attrName = null;
            attribute.attrType = null;
            attribute.attrValue = null;
        }
    }

    /// <summary>A lead as Marketo returned it, each attribute with its <c>attrType</c>.</summary>
    public static LeadRecord FromProxy(Proxy.LeadRecord lead)
    {
        var attributes = lead.leadAttributeList ?? [];
        var fields = new LeadAttribute[attributes.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            var attribute = attributes[i];
            fields[i] = new LeadAttribute(attribute.attrName ?? string.Empty, attribute.attrValue ?? string.Empty) { Type = attribute.attrType };
        }

        return new LeadRecord
        {
            Id = lead.Id,
            Email = lead.Email,
            ForeignSysPersonId = lead.ForeignSysPersonId,
            ForeignSysType = lead.ForeignSysType is { } type ? FromProxy(type) : null,
            Attributes = fields,
        };
    }

    /// <summary>Reads a foreign system type; null for one this library does not know, rather than failing the whole answer.</summary>
    public static ForeignSystemType? FromProxy(Proxy.ForeignSysType type) => type switch
    {
        Proxy.ForeignSysType.CUSTOM => ForeignSystemType.Custom,
        Proxy.ForeignSysType.SFDC => ForeignSystemType.Sfdc,
        Proxy.ForeignSysType.NETSUITE => ForeignSystemType.NetSuite,
        _ => null,
    };

    public static Proxy.ForeignSysType ToProxy(ForeignSystemType type) => type switch
    {
        ForeignSystemType.Custom => Proxy.ForeignSysType.CUSTOM,
        ForeignSystemType.Sfdc => Proxy.ForeignSysType.SFDC,
        ForeignSystemType.NetSuite => Proxy.ForeignSysType.NETSUITE,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a ForeignSystemType value."),
    };
}
