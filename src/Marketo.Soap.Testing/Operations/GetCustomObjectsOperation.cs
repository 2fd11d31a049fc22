using System.Xml.Linq;
using Marketo.Soap.Testing.Soap;

namespace Marketo.Soap.Testing.Operations;

/// <summary>getCustomObjects: pages through the records of one object that match one key list (operations facts §7.1).</summary>
/// <remarks>
/// Records come in the order first written; each matches when every attribute of the request's
/// <c>customObjKeyList</c> equals the record's field of that name exactly. Keys are always
/// returned, in the object's field order; <c>includeAttributes</c> names the other fields to
/// return, empty for all. The last page still carries a position, as the recorded answers do.
/// </remarks>
internal sealed class GetCustomObjectsOperation(MarketoEmulatorStore store)
{
    /// <summary>The largest page, and the page when <c>batchSize</c> is absent (the default is the emulator's assumption).</summary>
    public const int MaxBatchSize = 100;

    /// <exception cref="SoapFault">20110 for an unknown object, an unknown field in the key list or a batch size below 1; 20122 for a position of another key list.</exception>
    public XElement Execute(XElement parameters)
    {
        var batchSize = Math.Min(WireValues.Int(parameters, "batchSize") ?? MaxBatchSize, MaxBatchSize);
        if (batchSize < 1)
        {
            throw SoapFault.Marketo(20110, "Input error: batchSize must be at least 1");
        }

        var keys = CustomObjectWire.Pairs(parameters.Element("customObjKeyList"));
        var include = parameters.Element("includeAttributes")?.Elements("stringItem").Select(n => n.Value.Trim()).Where(n => n.Length > 0).ToHashSet(StringComparer.Ordinal) ?? [];
        var position = WireValues.Text(parameters, "streamPosition") is { } text && text.Trim().Length > 0
            ? CustomObjectStreamPosition.Parse(text.Trim())
            : null;
        var keyValues = keys.Select(k => k.Value).ToList();
        if (position is not null && !position.KeyValues.SequenceEqual(keyValues, StringComparer.Ordinal))
        {
            throw CustomObjectStreamPosition.Bad("it belongs to a request with another customObjKeyList");
        }

        lock (store.Gate)
        {
            var type = CustomObjectWire.Type(store, parameters);
            if (keys.FirstOrDefault(k => !type.Fields.Any(f => string.Equals(f.Name, k.Key, StringComparison.Ordinal))) is { Key: { } unknown })
            {
                throw SoapFault.Marketo(20110, $"Unknown name key list: {unknown}");
            }

            var matching = store.CustomObjectsOfLocked(type).Where(o => keys.All(k => Value(o, k.Key) == k.Value)).ToList();
            var offset = Math.Min(position?.Offset ?? 0, matching.Count);
            var page = matching.Skip(offset).Take(batchSize).ToList();
            var next = new CustomObjectStreamPosition(keyValues, offset + page.Count);
            return CustomObjectWire.Success(
                "getCustomObjects",
                new XElement("objTypeName", type.Name),
                new XElement("returnCount", page.Count),
                new XElement("remainingCount", matching.Count - offset - page.Count),
                new XElement("newStreamPosition", next.ToString()),
                new XElement("customObjList", page.Select(o => Write(type, o, include))));
        }
    }

    private static string? Value(StoredCustomObject record, string name) =>
        record.Keys.TryGetValue(name, out var key) ? key : record.Attributes.GetValueOrDefault(name);

    private static XElement Write(StoredCustomObjectType type, StoredCustomObject record, IReadOnlySet<string> include) => new(
        "customObj",
        CustomObjectWire.Attributes("customObjKeyList", type.Fields.Where(f => f.IsKey).Select(f => KeyValuePair.Create(f.Name, record.Keys[f.Name]))),
        CustomObjectWire.Attributes(
            "customObjAttributeList",
            type.Fields.Where(f => !f.IsKey && (include.Count == 0 || include.Contains(f.Name)) && record.Attributes.ContainsKey(f.Name))
                .Select(f => KeyValuePair.Create(f.Name, record.Attributes[f.Name]))));
}
