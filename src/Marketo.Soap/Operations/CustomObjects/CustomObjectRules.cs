using Marketo.Soap.Models;

namespace Marketo.Soap.Operations;

/// <summary>The checks the three custom object operations share before anything is sent.</summary>
internal static class CustomObjectRules
{
    private const string ParamName = "request";

    /// <summary>The object's API name: required, since every call names exactly one custom object.</summary>
    public static void TypeName(string? name) => RequestGuard.Field(name, "ObjectTypeName", ParamName, required: true);

    /// <summary>
    /// A record's key fields: at least one, each named and valued, no name twice. Marketo matches
    /// records by these, so an empty value would match nothing the caller meant.
    /// </summary>
    /// <param name="keys">The key fields.</param>
    /// <param name="index">The record's position in the call.</param>
    /// <param name="field">The property holding them, for example <c>Keys</c>.</param>
    public static void RecordKeys(IReadOnlyList<CustomObjectField>? keys, int index, string field)
    {
        if (keys is null || keys.Count == 0)
        {
            throw RequestGuard.Invalid(index, field, "holds no key field; Marketo finds a custom object record by its keys", ParamName);
        }

        for (var k = 0; k < keys.Count; k++)
        {
            var key = keys[k] ?? throw RequestGuard.Invalid(index, $"{field}[{k}]", "is null", ParamName);
            if (!RequestGuard.IsValidText(key.Name, required: true) || !RequestGuard.IsValidText(key.Value, required: true))
            {
                RequestGuard.Text(key.Name, index, $"{field}[{k}].Name", ParamName, required: true);
                RequestGuard.Text(key.Value, index, $"{field}[{k}].Value", ParamName, required: true);
            }
        }
    }

    /// <summary>A record's value fields: each named, each with a value (empty clears the field).</summary>
    public static void RecordAttributes(IReadOnlyList<CustomObjectField>? attributes, int index)
    {
        if (attributes is null)
        {
            throw RequestGuard.Invalid(index, "Attributes", "is null; use an empty list", ParamName);
        }

        for (var a = 0; a < attributes.Count; a++)
        {
            var attribute = attributes[a] ?? throw RequestGuard.Invalid(index, $"Attributes[{a}]", "is null", ParamName);
            if (!RequestGuard.IsValidNameValue(attribute.Name, attribute.Value))
            {
                RequestGuard.NameValue(attribute.Name, attribute.Value, index, $"Attributes[{a}]", ParamName);
            }
        }
    }

    /// <summary>
    /// Refuses a field named twice in one record, among its keys and values together: which value
    /// Marketo would keep is undocumented.
    /// </summary>
    public static void RefuseRepeatedFieldNames(CustomObjectRecord record, int index)
    {
        var names = new HashSet<string>(record.Keys.Count + record.Attributes.Count, StringComparer.Ordinal);
        foreach (var (list, field) in new[] { (record.Keys, "Keys"), (record.Attributes, "Attributes") })
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (!names.Add(list[i].Name))
                {
                    throw RequestGuard.Invalid(index, $"{field}[{i}].Name", $"names the field {list[i].Name} a second time in this record; which value Marketo keeps is undocumented", ParamName);
                }
            }
        }
    }

    /// <summary>Refuses two records of one call with the same keys (in any order of their fields).</summary>
    /// <param name="keys">Each record's key fields, already validated.</param>
    /// <param name="field">The key property of a record, for example <c>Keys</c>, named in the error.</param>
    public static void RefuseRepeatedKeys(IReadOnlyList<CustomObjectField>[] keys, string field)
    {
        var seen = new HashSet<string>(keys.Length, StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++)
        {
            if (!seen.Add(Identity(keys[i])))
            {
                throw RequestGuard.RepeatedKey(keys, i, field, static (earlier, later) => Identity(earlier) == Identity(later), "custom object record", ParamName);
            }
        }
    }

    /// <summary>The key fields as one text, sorted by name so that field order does not count.</summary>
    private static string Identity(IReadOnlyList<CustomObjectField> keys) =>
        string.Join('\u0001', keys.Select(k => k.Name + '\u0002' + k.Value).Order(StringComparer.Ordinal));
}
