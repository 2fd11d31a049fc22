using System.Globalization;

namespace Marketo.Soap.Operations;

/// <summary>The checks both operations' validators share, each throwing a <see cref="MarketoRequestValidationException"/>.</summary>
internal static class RequestGuard
{
    // field is the request's list property (Leads, Objects), named in the exception as the offending field.
    public static void BatchSize<T>(IReadOnlyList<T>? records, int max, string paramName, string field, string what)
    {
        if (records is null)
        {
            throw new MarketoRequestValidationException($"The request has no {what} list.", paramName, null, field);
        }

        if (records.Count == 0)
        {
            throw new MarketoRequestValidationException($"The request has no {what}; send at least one.", paramName, null, field);
        }

        if (records.Count > max)
        {
            throw new MarketoRequestValidationException(
                string.Create(CultureInfo.InvariantCulture, $"The request has {records.Count} {what}; one call takes at most {max}. Split it into several calls."),
                paramName,
                null,
                field);
        }
    }

    public static T NotNullRecord<T>(T? record, int index, string paramName, string what)
        where T : class =>
        record ?? throw Invalid(index, null, $"is null; every {what} must be an object", paramName);

    public static void Text(string? value, int index, string field, string paramName, bool required)
    {
        if (value is null)
        {
            if (required)
            {
                throw Invalid(index, field, "is null", paramName);
            }

            return;
        }

        if (required && value.Length == 0)
        {
            throw Invalid(index, field, "is empty", paramName);
        }

        var bad = XmlText.IndexOfInvalidCharacter(value);
        if (bad >= 0)
        {
            // The character's code is named, never the value, which may be personal data.
            throw Invalid(
                index,
                field,
                string.Create(CultureInfo.InvariantCulture, $"holds U+{(int)value[bad]:X4} at position {bad}, a character XML 1.0 cannot carry"),
                paramName);
        }
    }

    /// <summary>A name/value pair: the wire requires both, so a null value is refused rather than sent as nothing.</summary>
    public static void NameValue(string? name, string? value, int index, string field, string paramName)
    {
        Text(name, index, $"{field}.Name", paramName, required: true);
        if (value is null)
        {
            throw Invalid(index, $"{field}.Value", "is null; the wire requires a value (send an empty string to clear a field)", paramName);
        }

        Text(value, index, $"{field}.Value", paramName, required: false);
    }

    /// <summary>
    /// Whether <see cref="Text"/> would accept <paramref name="value"/>. Validators ask this first
    /// so that a field name such as <c>Attributes[3].Value</c> is formatted only for a failure,
    /// not for each of the thousands of fields a valid call carries.
    /// </summary>
    public static bool IsValidText(string? value, bool required) =>
        value is null ? !required : (!required || value.Length > 0) && XmlText.IndexOfInvalidCharacter(value) < 0;

    /// <summary>Whether <see cref="NameValue"/> would accept the pair; see <see cref="IsValidText"/>.</summary>
    public static bool IsValidNameValue(string? name, string? value) =>
        IsValidText(name, required: true) && value is not null && IsValidText(value, required: false);

    public static MarketoRequestValidationException Invalid(int index, string? field, string problem, string paramName)
    {
        var where = field is null
            ? string.Create(CultureInfo.InvariantCulture, $"Record {index}")
            : string.Create(CultureInfo.InvariantCulture, $"Record {index}, field {field},");
        return new MarketoRequestValidationException($"{where} {problem}.", paramName, index, field);
    }
}
