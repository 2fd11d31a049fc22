using System.Globalization;
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
        if (KeyValueProblem(type, value) is { } problem)
        {
            throw KeyValueInvalid(field, problem, paramName);
        }
    }

    /// <summary>
    /// What is wrong with one key value, as the end of a sentence that names it; null when nothing is.
    /// A caller checking many values names a value (a string per value) only when it is wrong.
    /// </summary>
    public static string? KeyValueProblem(LeadKeyType type, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return value is null ? "is null; a key needs a value" : "is empty; a key needs a value";
        }

        if (XmlText.IndexOfInvalidCharacter(value) >= 0)
        {
            // The value is never named: it may be an email address.
            return "holds a character XML 1.0 cannot carry";
        }

        if (type == LeadKeyType.Id && !(int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) && id > 0))
        {
            return "is not a lead id; an Id key holds a whole number of 1 or more";
        }

        return null;
    }

    /// <summary>The error for a key value <paramref name="field"/> that <see cref="KeyValueProblem"/> found wrong.</summary>
    public static MarketoRequestValidationException KeyValueInvalid(string field, string problem, string paramName) =>
        new($"{field} {problem}.", paramName, null, field);

    /// <summary>Every key type except <see cref="LeadKeyType.Cookie"/>: the mergeLeads and requestCampaign pages list the <c>LeadKeyRef</c> names without <c>COOKIE</c>.</summary>
    public static readonly Func<LeadKeyType, bool> AnyButCookie = type => type != LeadKeyType.Cookie;

    /// <summary>Names <see cref="AnyButCookie"/>'s types in an error.</summary>
    public const string AnyButCookieText = "any key type but Cookie";

    /// <summary>Checks a list of keys, for operations that send several: its size, and each key's type and value.</summary>
    /// <param name="keys">The keys as the caller passed them.</param>
    /// <param name="max">The most keys one call takes.</param>
    /// <param name="allowed">Whether the operation takes a key of this type.</param>
    /// <param name="allowedText">Names the types the operation takes, for the error.</param>
    /// <param name="paramName">The request parameter's name.</param>
    /// <param name="field">The request's list property, for example <c>Leads</c>.</param>
    /// <returns>A copy of the list, the one time the caller's list is read (see <see cref="RequestGuard.ReadBatch"/>).</returns>
    public static LeadKey[] Validate(IReadOnlyList<LeadKey>? keys, int max, Func<LeadKeyType, bool> allowed, string allowedText, string paramName, string field)
    {
        var copy = RequestGuard.ReadBatch(keys, max, paramName, field, "lead keys");
        for (var i = 0; i < copy.Length; i++)
        {
            ValidateKey(copy[i], i, field, i, allowed, allowedText, paramName);
        }

        return copy;
    }

    /// <summary>Checks one key of a list.</summary>
    /// <param name="key">The key as the caller passed it.</param>
    /// <param name="index">The record the key belongs to, named in the error.</param>
    /// <param name="list">The list the key sits in, for example <c>Leads</c>.</param>
    /// <param name="position">The key's place in <paramref name="list"/>; with it the error names the key as <c>Leads[3]</c>.</param>
    /// <param name="allowed">Whether the operation takes a key of this type.</param>
    /// <param name="allowedText">Names the types the operation takes, for the error.</param>
    /// <param name="paramName">The request parameter's name.</param>
    /// <remarks>The key's name is built only for an error: a valid list of 100 keys costs no string.</remarks>
    public static void ValidateKey(LeadKey? key, int index, string list, int position, Func<LeadKeyType, bool> allowed, string allowedText, string paramName)
    {
        var checkedKey = key ?? throw RequestGuard.Invalid(index, Where(list, position), "is null; every lead key must be an object", paramName);
        if (!Enum.IsDefined(checkedKey.Type))
        {
            throw RequestGuard.Invalid(index, $"{Where(list, position)}.Type", "is not a defined LeadKeyType value", paramName);
        }

        if (!allowed(checkedKey.Type))
        {
            throw RequestGuard.Invalid(index, $"{Where(list, position)}.Type", $"is {checkedKey.Type}; this operation takes {allowedText}", paramName);
        }

        if (KeyValueProblem(checkedKey.Type, checkedKey.Value) is { } problem)
        {
            throw KeyValueInvalid($"{Where(list, position)}.Value", problem, paramName);
        }
    }

    private static string Where(string list, int position) => string.Create(CultureInfo.InvariantCulture, $"{list}[{position}]");
}
