using Marketo.Soap.Models;
using Proxy = Marketo.Soap.Generated;

namespace Marketo.Soap.Operations;

/// <summary>Maps custom object fields and statuses between the models and the proxy, for all three operations.</summary>
internal static class CustomObjectMapping
{
    /// <summary>The fields as <c>attribute</c> elements; <c>attrType</c> is left out, as Marketo's own requests do.</summary>
    public static Proxy.Attribute[] ToProxy(IReadOnlyList<CustomObjectField> fields)
    {
        var mapped = new Proxy.Attribute[fields.Count];
        for (var i = 0; i < mapped.Length; i++)
        {
            mapped[i] = new Proxy.Attribute { attrName = fields[i].Name, attrValue = fields[i].Value };
        }

        return mapped;
    }

    /// <summary>Fields from an answer; a nil, empty or absent list reads as none (operations facts §10).</summary>
    public static IReadOnlyList<CustomObjectField> FromProxy(Proxy.Attribute[]? attributes)
    {
        if (attributes is null || attributes.Length == 0)
        {
            return [];
        }

        var fields = new CustomObjectField[attributes.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = new CustomObjectField(attributes[i]?.attrName ?? string.Empty, attributes[i]?.attrValue ?? string.Empty);
        }

        return fields;
    }

    /// <summary>A status word, read tolerantly: the docs promise words the schema's enum lacks (operations facts §0.3 item 9).</summary>
    public static CustomObjectSyncStatus ParseStatus(string text) => text switch
    {
        "CREATED" => CustomObjectSyncStatus.Created,
        "UPDATED" => CustomObjectSyncStatus.Updated,
        "DELETED" => CustomObjectSyncStatus.Deleted,
        "FAILED" => CustomObjectSyncStatus.Failed,
        "UNCHANGED" => CustomObjectSyncStatus.Unchanged,
        "SKIPPED" => CustomObjectSyncStatus.Skipped,
        _ => CustomObjectSyncStatus.Unknown,
    };
}
