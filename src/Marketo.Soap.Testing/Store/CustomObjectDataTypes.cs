using System.Globalization;

namespace Marketo.Soap.Testing;

/// <summary>The data types a custom object field may declare, and whether a value fits one.</summary>
/// <remarks>
/// Marketo documents the field types of custom objects only in its UI; the names and the checks
/// here are the emulator's assumptions (a value is text on the wire, and a number field refuses
/// text that is not a number).
/// </remarks>
internal static class CustomObjectDataTypes
{
    public static readonly IReadOnlySet<string> Known = new HashSet<string>(
        ["string", "text", "email", "phone", "url", "integer", "float", "currency", "boolean", "date", "datetime"],
        StringComparer.Ordinal);

    /// <summary>Why <paramref name="value"/> does not fit <paramref name="dataType"/>, or null when it does. An empty value always fits: it clears the field.</summary>
    public static string? Problem(string dataType, string value)
    {
        if (value.Length == 0)
        {
            return null;
        }

        var fits = dataType switch
        {
            "integer" => long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            "float" or "currency" => decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
            "boolean" => value is "true" or "false",
            "date" => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "datetime" => DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _),
            _ => true,
        };
        return fits ? null : $"'{value}' is not a {dataType}";
    }
}
