using Marketo.Soap.Models;
using Proxy = Marketo.Soap.Generated;

namespace Marketo.Soap.Operations;

/// <summary>Maps a <see cref="LeadSelector"/> to the proxy's derived selector, which XmlSerializer writes with its <c>xsi:type</c>.</summary>
internal static class LeadSelectorMapping
{
    public static Proxy.LeadSelector ToProxy(LeadSelector selector) => selector switch
    {
        LeadKeySelector keys => new Proxy.LeadKeySelector { keyType = LeadKeyMapping.ToProxy(keys.KeyType), keyValues = [.. keys.Values] },
        StaticListSelector list => new Proxy.StaticListSelector
        {
            staticListName = list.ListName,
            staticListId = list.ListId,
            staticListIdSpecified = list.ListId.HasValue,
        },
        LastUpdatedSelector window => new Proxy.LastUpdateAtSelector
        {
            // Schema order is latest, then oldest; XmlSerializer keeps it whatever the order here.
            latestUpdatedAt = window.Until is { } until ? WireTime.ToWire(until) : null,
            latestUpdatedAtSpecified = window.Until.HasValue,
            oldestUpdatedAt = WireTime.ToWire(window.Since),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(selector), selector, "Not a lead selector this library knows."),
    };
}
