using System.Collections.Immutable;
using System.Xml.Linq;
using Marketo.Soap.Testing.Soap;

namespace Marketo.Soap.Testing.Operations;

/// <summary>syncCustomObjects: writes each <c>customObj</c> in order and answers one <c>syncCustomObjStatus</c> per record (operations facts §7.2).</summary>
/// <remarks>
/// A record that does not fit its object fails alone with <c>FAILED</c> and an error (captured for
/// an unknown field); an unknown object fails the whole call with 20110 (captured). An INSERT of an
/// existing record and an UPDATE of a missing one fail too: the docs' SKIPPED is not in the
/// schema's <c>SyncStatusEnum</c>, so the emulator answers FAILED with the reason. Records are
/// applied one after another, so a second record with the keys of a first updates it.
/// </remarks>
internal sealed class SyncCustomObjectsOperation(MarketoEmulatorStore store)
{
    public const string Name = "syncCustomObjects";

    /// <exception cref="SoapFault">20110 for an unknown object or more than 100 records.</exception>
    public XElement Execute(XElement parameters)
    {
        // Stryker disable once NullCoalescing : the schema requires customObjList and every request is validated against it first; the fallback is defensive.
        var records = parameters.Element("customObjList")?.Elements("customObj").ToList() ?? [];
        CustomObjectWire.CheckCount(records.Count, Name);

        // Marketo's default when operation is absent is undocumented; the emulator takes UPSERT, as markety sends.
        var mode = WireValues.Text(parameters, "operation") is { Length: > 0 } text ? Enum.Parse<SyncMode>(text.Trim(), ignoreCase: true) : SyncMode.Upsert;
        lock (store.Gate)
        {
            var type = CustomObjectWire.Type(store, parameters);
            var statuses = records.Select(r => Sync(type, r, mode)).ToList();
            return CustomObjectWire.Success(Name, new XElement("syncCustomObjStatusList", statuses));
        }
    }

    private XElement Sync(StoredCustomObjectType type, XElement record, SyncMode mode)
    {
        var keys = CustomObjectWire.Pairs(record.Element("customObjKeyList"));
        var attributes = CustomObjectWire.Pairs(record.Element("customObjAttributeList"));
        if (CustomObjectRecordCheck.Problem(type, keys, attributes) is { } problem)
        {
            return CustomObjectWire.Status(type, keys, "FAILED", problem);
        }

        var keyValues = keys.ToImmutableDictionary(StringComparer.Ordinal);
        var index = store.IndexOfCustomObjectLocked(type, keyValues);
        if (index >= 0 && mode == SyncMode.Insert)
        {
            return CustomObjectWire.Status(type, keys, "FAILED", "Record already exists; INSERT creates new records only");
        }

        if (index < 0 && mode == SyncMode.Update)
        {
            return CustomObjectWire.Status(type, keys, "FAILED", "Record not found; UPDATE changes existing records only");
        }

        // An update keeps the fields the record does not send, as a lead sync does.
        var held = index >= 0 ? store.CustomObjectAtLocked(index).Attributes : ImmutableDictionary<string, string>.Empty;
        var merged = held.ToImmutableDictionary(StringComparer.Ordinal).SetItems(attributes);
        store.SaveCustomObjectLocked(index, new StoredCustomObject { Type = type.Name, Keys = keyValues, Attributes = merged });
        return CustomObjectWire.Status(type, keys, index >= 0 ? "UPDATED" : "CREATED", null);
    }
}
