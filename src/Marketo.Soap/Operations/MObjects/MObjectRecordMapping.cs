using Marketo.Soap.Models;
using Proxy = Marketo.Soap.Generated;

namespace Marketo.Soap.Operations;

/// <summary>Maps an <see cref="MObjectRecord"/> to the proxy's, for every operation that sends MObjects, and back for getMObjects.</summary>
/// <remarks>
/// The association list goes out as <c>associationList</c>, the name the schema gives it: the
/// syncMObjects documentation's <c>mObjAssociationList</c> is ignored by the server, which would
/// silently drop the association. Using the proxy keeps the right name.
/// </remarks>
internal static class MObjectRecordMapping
{
    public static Proxy.MObject ToProxy(MObjectRecord record) => new()
    {
        type = record.Type,
        id = record.Id.GetValueOrDefault(),
        idSpecified = record.Id.HasValue,
        externalKey = ToProxyOrNull(record.ExternalKey),
        attribList = ToProxyOrNull(record.Attributes),
        typeAttribList = record.TypeAttributes.Count == 0 ? null : Map(record.TypeAttributes, ToProxy),
        associationList = record.Associations.Count == 0 ? null : Map(record.Associations, ToProxy),
    };

    private static Proxy.TypeAttrib ToProxy(MObjectTypeAttribute group) => new()
    {
        attrType = group.AttrType,
        attrList = ToProxyOrNull(group.Attributes),
    };

    public static Proxy.MObjAssociation ToProxy(MObjectAssociation association) => new()
    {
        mObjType = association.Type,
        id = association.Id.GetValueOrDefault(),
        idSpecified = association.Id.HasValue,
        externalKey = ToProxyOrNull(association.ExternalKey),
    };

    private static Proxy.Attrib[]? ToProxyOrNull(IReadOnlyList<MObjectAttribute> pairs) =>
        pairs.Count == 0 ? null : Map(pairs, ToProxy);

    public static Proxy.Attrib? ToProxyOrNull(MObjectAttribute? pair) => pair is null ? null : ToProxy(pair);

    private static Proxy.Attrib ToProxy(MObjectAttribute pair) => new() { name = pair.Name, value = pair.Value };

    public static TOut[] Map<TIn, TOut>(IReadOnlyList<TIn> items, Func<TIn, TOut> map)
    {
        var result = new TOut[items.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = map(items[i]);
        }

        return result;
    }

    /// <summary>An object as getMObjects returns it; absent lists read as empty, and Marketo's ids as they are.</summary>
    public static MObjectRecord FromProxy(Proxy.MObject record) => new()
    {
        Type = record.type ?? string.Empty,
        Id = record.idSpecified ? record.id : null,
        ExternalKey = FromProxyOrNull(record.externalKey),
        Attributes = FromProxy(record.attribList),
        TypeAttributes = Map(record.typeAttribList ?? [], static group => new MObjectTypeAttribute { AttrType = group.attrType ?? string.Empty, Attributes = FromProxy(group.attrList) }),
        Associations = Map(record.associationList ?? [], static association => new MObjectAssociation
        {
            Type = association.mObjType ?? string.Empty,
            Id = association.idSpecified ? association.id : null,
            ExternalKey = FromProxyOrNull(association.externalKey),
        }),
    };

    private static MObjectAttribute[] FromProxy(Proxy.Attrib[]? pairs) => Map(pairs ?? [], static pair => FromProxyOrNull(pair)!);

    private static MObjectAttribute? FromProxyOrNull(Proxy.Attrib? pair) => pair is null ? null : new(pair.name ?? string.Empty, pair.value ?? string.Empty);
}
