namespace Marketo.Soap.Testing;

/// <summary>
/// Whether a record's key and value fields fit its custom object: what syncCustomObjects reports as
/// a record's <c>error</c>, and what seeding refuses.
/// </summary>
/// <remarks>
/// Only the unknown value field's wording is Marketo's (captured: <c>Unknown name attribute list:
/// nameasdf</c>, operations facts §7.2); the other texts mirror it and are the emulator's.
/// </remarks>
internal static class CustomObjectRecordCheck
{
    /// <returns>The first problem, or null when the record fits.</returns>
    public static string? Problem(StoredCustomObjectType type, IReadOnlyList<KeyValuePair<string, string>> keys, IReadOnlyList<KeyValuePair<string, string>> attributes)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, value) in keys)
        {
            var field = Field(type, name);
            var problem = field is null ? $"Unknown name key list: {name}"
                : !field.IsKey ? $"Not a key field, key list: {name}"
                : !named.Add(name) ? $"Repeated name key list: {name}"
                : value.Length == 0 ? $"Empty value key list: {name}"
                : CustomObjectDataTypes.Problem(field.DataType, value) is { } why ? $"Invalid value key list: {name}: {why}"
                : null;
            if (problem is not null)
            {
                return problem;
            }
        }

        if (type.Fields.FirstOrDefault(f => f.IsKey && !named.Contains(f.Name)) is { } missing)
        {
            return $"Missing key field key list: {missing.Name}";
        }

        foreach (var (name, value) in attributes)
        {
            var field = Field(type, name);
            var problem = field is null ? $"Unknown name attribute list: {name}"
                : field.IsKey ? $"Key field in attribute list: {name}"
                : !named.Add(name) ? $"Repeated name attribute list: {name}"
                : CustomObjectDataTypes.Problem(field.DataType, value) is { } why ? $"Invalid value attribute list: {name}: {why}"
                : null;
            if (problem is not null)
            {
                return problem;
            }
        }

        return null;
    }

    private static StoredCustomObjectField? Field(StoredCustomObjectType type, string name) =>
        type.Fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));
}
