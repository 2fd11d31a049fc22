using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Marketo.Soap.Models;

/// <summary>Reads the text of a lead field as a .NET value; invariant culture throughout, as Marketo writes XML Schema lexical forms.</summary>
internal static class LeadFieldConverter
{
    // Marketo's datetime fields come back as xs:dateTime; older instances and some custom fields
    // write a space instead of the T, or leave out the offset (read as UTC).
    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss",
    ];

    public static T Convert<T>(LeadAttribute attribute)
    {
        if (TryConvert(attribute, out T? value))
        {
            return value!;
        }

        throw new FormatException(
            $"Lead field '{attribute.Name}' (Marketo type {attribute.Type ?? "not given"}) cannot be read as {typeof(T).Name}.");
    }

    public static bool TryConvert<T>(LeadAttribute attribute, [MaybeNullWhen(false)] out T value)
    {
        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        var text = attribute.Value;
        object? parsed = target switch
        {
            _ when target == typeof(string) => text,
            _ when target == typeof(int) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : null,
            _ when target == typeof(long) => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? l : null,
            _ when target == typeof(decimal) => decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var m) ? m : null,
            _ when target == typeof(double) => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null,
            _ when target == typeof(bool) => ParseBoolean(text),
            _ when target == typeof(DateOnly) => ParseDate(text),
            _ when target == typeof(DateTimeOffset) => ParseDateTime(text),
            _ when target == typeof(DateTime) => ParseDateTime(text)?.UtcDateTime,
            _ => throw new NotSupportedException($"Lead fields cannot be read as {typeof(T).Name}; use string, int, long, decimal, double, bool, DateOnly, DateTimeOffset or DateTime."),
        };

        if (parsed is null)
        {
            value = default;
            return false;
        }

        value = (T)parsed;
        return true;
    }

    // xs:boolean allows 1 and 0 beside true and false.
    private static object? ParseBoolean(string text) => text.Trim() switch
    {
        "true" or "1" or "True" or "TRUE" => true,
        "false" or "0" or "False" or "FALSE" => false,
        _ => null,
    };

    private static object? ParseDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : ParseDateTime(text) is { } time ? DateOnly.FromDateTime(time.DateTime) : null;

    private static DateTimeOffset? ParseDateTime(string text) =>
        DateTimeOffset.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
        : null;
}
