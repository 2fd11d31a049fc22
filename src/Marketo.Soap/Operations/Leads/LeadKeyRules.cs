using Marketo.Soap.Models;

namespace Marketo.Soap.Operations;

/// <summary>The checks every operation that names a lead by a <see cref="LeadKey"/> makes before sending it.</summary>
internal static class LeadKeyRules
{
    /// <param name="key">The key as the caller passed it.</param>
    /// <param name="field">The request property that holds it, named in the error.</param>
    /// <param name="paramName">The request parameter's name.</param>
    /// <returns>The key, known not to be null.</returns>
    public static LeadKey Validate(LeadKey? key, string field, string paramName)
    {
        if (key is null)
        {
            throw new MarketoRequestValidationException($"The request has no {field}; Marketo needs a key to find the lead.", paramName, null, field);
        }

        if (!Enum.IsDefined(key.Type))
        {
            throw new MarketoRequestValidationException($"{field}.Type is not a defined LeadKeyType value.", paramName, null, $"{field}.Type");
        }

        KeyValue(key.Type, key.Value, $"{field}.Value", paramName);
        return key;
    }

    /// <summary>One key value: present, carried by XML, and for <see cref="LeadKeyType.Id"/> a lead id.</summary>
    public static void KeyValue(LeadKeyType type, string? value, string field, string paramName)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new MarketoRequestValidationException($"{field} is {(value is null ? "null" : "empty")}; a key needs a value.", paramName, null, field);
        }

        if (XmlText.IndexOfInvalidCharacter(value) >= 0)
        {
            // The value is never named: it may be an email address.
            throw new MarketoRequestValidationException($"{field} holds a character XML 1.0 cannot carry.", paramName, null, field);
        }

        if (type == LeadKeyType.Id && !(int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) && id > 0))
        {
            throw new MarketoRequestValidationException($"{field} is not a lead id; an Id key holds a whole number of 1 or more.", paramName, null, field);
        }
    }
}
