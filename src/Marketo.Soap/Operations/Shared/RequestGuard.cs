using System.Globalization;

namespace Marketo.Soap.Operations;

/// <summary>The checks operations' validators share, each throwing a <see cref="MarketoRequestValidationException"/>.</summary>
internal static class RequestGuard
{
    /// <summary>
    /// Checks the request's record list and copies it: the one time the caller's list is read.
    /// Validation, the request body and the results all use the copy, so a caller that changes its
    /// list (from this thread after the call starts, or from another) cannot make results name
    /// records that were not sent, nor make the call fail after Marketo applied it.
    /// </summary>
    /// <param name="records">The caller's list.</param>
    /// <param name="max">The most one call may carry.</param>
    /// <param name="paramName">The request parameter's name.</param>
    /// <param name="field">The request's list property (Leads, Objects), named in the exception as the offending field.</param>
    /// <param name="what">The records' plural noun, for messages.</param>
    public static T[] ReadBatch<T>(IReadOnlyList<T>? records, int max, string paramName, string field, string what)
    {
        if (records is null)
        {
            throw new MarketoRequestValidationException($"The request has no {what} list.", paramName, null, field);
        }

        var count = records.Count;
        if (count == 0)
        {
            throw new MarketoRequestValidationException($"The request has no {what}; send at least one.", paramName, null, field);
        }

        if (count > max)
        {
            throw new MarketoRequestValidationException(
                string.Create(CultureInfo.InvariantCulture, $"The request has {count} {what}; one call takes at most {max}. Split it into several calls."),
                paramName,
                null,
                field);
        }

        var copy = new T[count];
        if (records is ICollection<T> collection)
        {
            collection.CopyTo(copy, 0);
        }
        else
        {
            for (var i = 0; i < copy.Length; i++)
            {
                copy[i] = records[i];
            }
        }

        return copy;
    }

    /// <summary>An id Marketo could have given: its ids start at 1, so zero or less names no object.</summary>
    public static void PositiveId(int? id, int index, string field, string paramName)
    {
        if (id is <= 0)
        {
            throw Invalid(index, field, string.Create(CultureInfo.InvariantCulture, $"is {id.Value}; Marketo ids start at 1"), paramName);
        }
    }

    public static T NotNullRecord<T>(T? record, int index, string paramName, string what)
        where T : class =>
        record ?? throw Invalid(index, null, $"is null; every {what} must be an object", paramName);

    public static void Text(string? value, int index, string field, string paramName, bool required)
    {
        if (TextProblem(value, nullRefused: required, emptyRefused: required) is { } problem)
        {
            throw Invalid(index, field, problem, paramName);
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
        TextProblem(value, nullRefused: required, emptyRefused: required) is null;

    /// <summary>Whether <see cref="NameValue"/> would accept the pair; see <see cref="IsValidText"/>.</summary>
    public static bool IsValidNameValue(string? name, string? value) =>
        IsValidText(name, required: true) && value is not null && IsValidText(value, required: false);

    /// <summary>
    /// Checks one text field of the request itself rather than of a record (a list name, a
    /// campaign name, a workspace): null is refused only when <paramref name="required"/>, and a
    /// value that is given must not be empty or hold a character XML cannot carry.
    /// </summary>
    public static void Field(string? value, string field, string paramName, bool required)
    {
        if (TextProblem(value, nullRefused: required, emptyRefused: true) is { } problem)
        {
            throw InvalidRequest($"The request's {field} {problem}.", paramName, field);
        }
    }

    /// <summary>A problem with the request as a whole, or with one of its own fields, not with a record.</summary>
    public static MarketoRequestValidationException InvalidRequest(string message, string paramName, string? field) =>
        new(message, paramName, null, field);

    /// <summary>
    /// A refusal's message with the record's place in a bulk job's input instead of its place in
    /// the call: <c>Record 3, field Email, …</c> becomes <c>Input record 903, field Email, …</c>.
    /// </summary>
    /// <param name="message">The refusal's message, as <see cref="Invalid"/> wrote it, or any other.</param>
    /// <param name="callIndex">The record's index in the call.</param>
    /// <param name="inputIndex">The record's index in the input.</param>
    public static string InInput(string message, int callIndex, long inputIndex)
    {
        var prefix = string.Create(CultureInfo.InvariantCulture, $"Record {callIndex}");
        var rest = message.StartsWith(prefix, StringComparison.Ordinal) ? message.AsSpan(prefix.Length) : default;
        return rest.Length > 0 && rest[0] is ',' or ' '
            ? string.Create(CultureInfo.InvariantCulture, $"Input record {inputIndex}{rest}")
            : string.Create(CultureInfo.InvariantCulture, $"Input record {inputIndex} was refused before sending: {message}");
    }

    /// <summary>The refusal of a record that names the same lead or object as an earlier one of the call.</summary>
    /// <param name="records">The call's records.</param>
    /// <param name="index">The later record's index.</param>
    /// <param name="field">The key field they share.</param>
    /// <param name="sameKey">Whether an earlier record (first) has the later record's (second) key; finds the earlier one. A static lambda, so that validation allocates nothing for it.</param>
    /// <param name="what">What the key names, for example <c>lead</c> or <c>Opportunity</c>.</param>
    /// <param name="paramName">The request parameter's name.</param>
    public static MarketoRequestValidationException RepeatedKey<T>(T[] records, int index, string field, Func<T, T, bool> sameKey, string what, string paramName)
    {
        var first = 0;
        while (first < index && !sameKey(records[first], records[index]))
        {
            first++;
        }

        return Invalid(
            index,
            field,
            string.Create(CultureInfo.InvariantCulture, $"names the same {what} as record {first}; what Marketo does with one {what} twice in a call is undocumented, so merge them into one record or send them in separate calls"),
            paramName);
    }

    /// <summary>What is wrong with a text field, as the end of a sentence; null when nothing is.</summary>
    private static string? TextProblem(string? value, bool nullRefused, bool emptyRefused)
    {
        if (value is null)
        {
            return nullRefused ? "is null" : null;
        }

        if (emptyRefused && value.Length == 0)
        {
            return "is empty";
        }

        // The character's code is named, never the value, which may be personal data.
        var bad = XmlText.IndexOfInvalidCharacter(value);
        return bad < 0
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"holds U+{(int)value[bad]:X4} at position {bad}, a character XML 1.0 cannot carry");
    }

    public static MarketoRequestValidationException Invalid(int index, string? field, string problem, string paramName)
    {
        var where = field is null
            ? string.Create(CultureInfo.InvariantCulture, $"Record {index}")
            : string.Create(CultureInfo.InvariantCulture, $"Record {index}, field {field},");
        return new MarketoRequestValidationException($"{where} {problem}.", paramName, index, field);
    }
}
