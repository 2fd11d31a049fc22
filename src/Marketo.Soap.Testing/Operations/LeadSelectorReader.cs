using System.Xml;
using System.Xml.Linq;
using Marketo.Soap.Testing.Contract;
using Marketo.Soap.Testing.Soap;

namespace Marketo.Soap.Testing.Operations;

/// <summary>Reads getMultipleLeads' <c>leadSelector</c> (operations facts §2.3, §3.2); callers hold the store's gate.</summary>
/// <remarks>
/// The selector's <c>xsi:type</c> is resolved through the namespace its prefix is bound to, so any
/// prefix for the mktows namespace names the same selector.
/// </remarks>
internal static class LeadSelectorReader
{
    /// <summary>A key selector's keys beyond this many are ignored without a fault (operations facts §3.2).</summary>
    public const int MaxKeys = 100;

    private static readonly TimeSpan MaxWindow = TimeSpan.FromDays(30);

    /// <summary>The selection, with an open updated-at window closed at <paramref name="windowEnd"/>.</summary>
    /// <exception cref="SoapFault">
    /// 20109 without a selector; 20111 for a static list the store lacks; 20022 for an updated-at window
    /// over 30 days.
    /// </exception>
    public static LeadSelection ReadLocked(MarketoEmulatorStore store, XElement parameters, DateTimeOffset windowEnd)
    {
        if (parameters.Element("leadSelector") is not { } selector)
        {
            // The deprecated way to ask for leads updated since a time (operations facts §3.2).
            return WireValues.Text(parameters, "lastUpdatedAt") is { } since
                ? Window(XmlConvert.ToDateTimeOffset(since.Trim()), null, windowEnd, store)
                : throw SoapFault.Marketo(20109, "Parameter required: getMultipleLeads needs a leadSelector");
        }

        return TypeOf(selector) switch
        {
            "LeadKeySelector" => Keys(store, selector),
            "StaticListSelector" => StaticList(store, selector),
            _ => Window(
                XmlConvert.ToDateTimeOffset(((string)selector.Element("oldestUpdatedAt")!).Trim()),
                WireValues.Text(selector, "latestUpdatedAt") is { } latest ? XmlConvert.ToDateTimeOffset(latest.Trim()) : null,
                windowEnd,
                store),
        };
    }

    private static string TypeOf(XElement selector)
    {
        // The schema check has already refused a selector whose xsi:type names no mktows selector.
        var qualified = selector.Attribute(SoapNames.Xsi + "type")!.Value.Trim();
        var colon = qualified.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? qualified : qualified[(colon + 1)..];
    }

    private static LeadSelection Keys(MarketoEmulatorStore store, XElement selector)
    {
        var keyType = (string)selector.Element("keyType")!;
        var values = selector.Element("keyValues")!.Elements("stringItem").Select(v => v.Value).Take(MaxKeys).ToList();
        var ids = values.SelectMany(v => LeadKeys.FindLocked(store, keyType, v)).Select(l => l.Id).ToHashSet();
        return new LeadSelection("keys|" + keyType + "|" + string.Join("\n", values), l => ids.Contains(l.Id));
    }

    private static LeadSelection StaticList(MarketoEmulatorStore store, XElement selector)
    {
        var id = WireValues.Int(selector, "staticListId");
        var name = WireValues.Text(selector, "staticListName");
        var list = (id is { } listId ? store.FindStaticListLocked(listId) : null)
            ?? (name is not null ? store.FindStaticListByNameLocked(name) : null)
            ?? throw SoapFault.Marketo(20111, $"List not found: no static list has id {id} or name {name}");
        var members = list.LeadIds.ToHashSet();
        return new LeadSelection("list|" + list.Id, l => members.Contains(l.Id));
    }

    private static LeadSelection Window(DateTimeOffset oldest, DateTimeOffset? latest, DateTimeOffset windowEnd, MarketoEmulatorStore store)
    {
        var end = latest ?? windowEnd;

        // 20022 names exactly these two fields; that an open window is measured up to now is the emulator's assumption.
        if (end - oldest > MaxWindow)
        {
            throw SoapFault.Marketo(20022, "Time range exceeded: oldestUpdatedAt and latestUpdatedAt must be at most 30 days apart");
        }

        return new LeadSelection(
            "updated|" + oldest.UtcTicks + "|" + latest?.UtcTicks,
            l => store.LeadUpdatedAtLocked(l.Id) is var at && at >= oldest && at <= end,
            oldest,
            end);
    }
}
