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
    public static Proxy.MObject ToProxy(MObjectRecord record) => Fill(new Proxy.MObject(), record);

    /// <summary>Writes <paramref name="record"/> into <paramref name="target"/>, reusing its attribute and association objects.</summary>
    public static Proxy.MObject Fill(Proxy.MObject target, MObjectRecord record)
    {
        target.type = record.Type;
        target.id = record.Id.GetValueOrDefault();
        target.idSpecified = record.Id.HasValue;
        target.externalKey = FillOrNull(target.externalKey, record.ExternalKey);
        target.attribList = Fill(target.attribList, record.Attributes);
        target.typeAttribList = record.TypeAttributes.Count == 0 ? null : Map(record.TypeAttributes, ToProxy);
        var associations = ProxyArrays.OrNull(target.associationList, record.Associations.Count);
        for (var i = 0; i < record.Associations.Count; i++)
        {
            Fill(associations![i], record.Associations[i]);
        }

        target.associationList = associations;
        return target;
    }

    /// <summary>Drops the record's values from <paramref name="target"/>, keeping its objects for <see cref="Fill(Proxy.MObject, MObjectRecord)"/>.</summary>
    public static void Clear(Proxy.MObject target)
    {
        target.type = null;
        target.typeAttribList = null;
        Clear(target.externalKey);
        foreach (var pair in target.attribList ?? [])
        {
            Clear(pair);
        }

        foreach (var association in target.associationList ?? [])
        {
            association.mObjType = null;
            Clear(association.externalKey);
        }
    }

    private static void Clear(Proxy.Attrib? pair)
    {
        if (pair is not null)
        {
            pair.name = null;
            pair.value = null;
        }
    }

    private static Proxy.Attrib[]? Fill(Proxy.Attrib[]? existing, IReadOnlyList<MObjectAttribute> pairs)
    {
        var list = ProxyArrays.OrNull(existing, pairs.Count);
        for (var i = 0; i < pairs.Count; i++)
        {
            list![i].name = pairs[i].Name;
            list[i].value = pairs[i].Value;
        }

        return list;
    }

    private static Proxy.Attrib? FillOrNull(Proxy.Attrib? existing, MObjectAttribute? pair)
    {
        if (pair is null)
        {
            return null;
        }

        var target = existing ?? new Proxy.Attrib();
        target.name = pair.Name;
        target.value = pair.Value;
        return target;
    }

    private static Proxy.TypeAttrib ToProxy(MObjectTypeAttribute group) => new()
    {
        attrType = group.AttrType,
        attrList = Fill(null, group.Attributes),
    };

    public static Proxy.MObjAssociation ToProxy(MObjectAssociation association) => Fill(new Proxy.MObjAssociation(), association);

    private static Proxy.MObjAssociation Fill(Proxy.MObjAssociation target, MObjectAssociation association)
    {
        target.mObjType = association.Type;
        target.id = association.Id.GetValueOrDefault();
        target.idSpecified = association.Id.HasValue;
        target.externalKey = FillOrNull(target.externalKey, association.ExternalKey);
        return target;
    }

    public static Proxy.Attrib? ToProxyOrNull(MObjectAttribute? pair) => FillOrNull(null, pair);

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
