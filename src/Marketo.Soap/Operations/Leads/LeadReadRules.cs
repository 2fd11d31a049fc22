using System.Globalization;

namespace Marketo.Soap.Operations;

/// <summary>The checks the lead read operations share, each throwing a <see cref="MarketoRequestValidationException"/>.</summary>
internal static class LeadReadRules
{
    public static void BatchSize(int batchSize, int max, string paramName)
    {
        if (batchSize < 1 || batchSize > max)
        {
            throw new MarketoRequestValidationException(
                string.Create(CultureInfo.InvariantCulture, $"BatchSize is {batchSize}; Marketo serves pages of 1 to {max} records."),
                paramName,
                null,
                "BatchSize");
        }
    }

    /// <summary>A list of names (fields, activity names): present, with every item non-empty and carried by XML.</summary>
    public static void Names(IReadOnlyList<string>? names, string field, string paramName)
    {
        if (names is null)
        {
            throw new MarketoRequestValidationException($"{field} is null; use an empty list for none.", paramName, null, field);
        }

        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            var itemField = string.Create(CultureInfo.InvariantCulture, $"{field}[{i}]");
            if (string.IsNullOrEmpty(name))
            {
                throw new MarketoRequestValidationException($"{itemField} is {(name is null ? "null" : "empty")}.", paramName, null, itemField);
            }

            if (XmlText.IndexOfInvalidCharacter(name) >= 0)
            {
                throw new MarketoRequestValidationException($"{itemField} holds a character XML 1.0 cannot carry.", paramName, null, itemField);
            }
        }
    }

    /// <summary>A window's end must not lie before its start.</summary>
    public static void Window(DateTimeOffset since, DateTimeOffset? until, string untilField, string paramName)
    {
        if (until < since)
        {
            throw new MarketoRequestValidationException($"{untilField} lies before the start of the window.", paramName, null, untilField);
        }
    }
}
