using System.Collections.Immutable;
using System.Xml.Linq;
using Marketo.Soap.Testing.Soap;

namespace Marketo.Soap.Testing.Operations;

/// <summary>deleteCustomObjects: deletes the record each <c>keyList</c> names, one <c>syncCustomObjStatus</c> per key (operations facts §7.3).</summary>
/// <remarks>
/// A key list must name every key field of the object, as a sync's does. A key that matches no
/// record is FAILED with a reason: Marketo's status for it is undocumented, and the docs'
/// UNCHANGED is not in the schema's <c>SyncStatusEnum</c>.
/// </remarks>
internal sealed class DeleteCustomObjectsOperation(MarketoEmulatorStore store)
{
    public const string Name = "deleteCustomObjects";

    /// <exception cref="SoapFault">20110 for an unknown object or more than 100 keys.</exception>
    public XElement Execute(XElement parameters)
    {
        var keyLists = parameters.Element("customObjKeyLists")?.Elements("keyList").ToList() ?? [];
        CustomObjectWire.CheckCount(keyLists.Count, Name);
        lock (store.Gate)
        {
            var type = CustomObjectWire.Type(store, parameters);
            var statuses = keyLists.Select(k => Delete(type, CustomObjectWire.Pairs(k))).ToList();
            return CustomObjectWire.Success(Name, new XElement("deleteCustomObjStatusList", statuses));
        }
    }

    private XElement Delete(StoredCustomObjectType type, IReadOnlyList<KeyValuePair<string, string>> keys)
    {
        if (CustomObjectRecordCheck.Problem(type, keys, []) is { } problem)
        {
            return CustomObjectWire.Status(type, keys, "FAILED", problem);
        }

        var index = store.IndexOfCustomObjectLocked(type, keys.ToImmutableDictionary(StringComparer.Ordinal));
        if (index < 0)
        {
            return CustomObjectWire.Status(type, keys, "FAILED", "Record not found");
        }

        store.RemoveCustomObjectLocked(index);
        return CustomObjectWire.Status(type, keys, "DELETED", null);
    }
}
