using System.Globalization;
using Marketo.Soap.Models;

namespace Marketo.Soap.Operations;

/// <summary>The checks every operation that sends a list of <see cref="LeadKey"/>s makes before sending it.</summary>
internal static class LeadKeyRules
{
    /// <summary>Every key type except <see cref="LeadKeyType.Cookie"/>: the mergeLeads and requestCampaign pages list the <c>LeadKeyRef</c> names without <c>COOKIE</c>.</summary>
    public static readonly Func<LeadKeyType, bool> AnyButCookie = type => type != LeadKeyType.Cookie;

    /// <summary>Names <see cref="AnyButCookie"/>'s types in an error.</summary>
    public const string AnyButCookieText = "any key type but Cookie";

    /// <summary>Checks a list of keys: its size, and each key's type and value.</summary>
    /// <param name="keys">The keys as the caller passed them.</param>
    /// <param name="max">The most keys one call takes.</param>
    /// <param name="allowed">Whether the operation takes a key of this type.</param>
    /// <param name="allowedText">Names the types the operation takes, for the error.</param>
    /// <param name="paramName">The request parameter's name.</param>
    /// <param name="field">The request's list property, for example <c>Leads</c>.</param>
    public static void Validate(IReadOnlyList<LeadKey>? keys, int max, Func<LeadKeyType, bool> allowed, string allowedText, string paramName, string field)
    {
        RequestGuard.BatchSize(keys, max, paramName, field, "lead keys");
        for (var i = 0; i < keys!.Count; i++)
        {
            ValidateKey(keys[i], i, string.Create(CultureInfo.InvariantCulture, $"{field}[{i}]"), allowed, allowedText, paramName);
        }
    }

    /// <summary>Checks one key.</summary>
    /// <param name="key">The key as the caller passed it.</param>
    /// <param name="index">The record the key belongs to, named in the error.</param>
    /// <param name="where">Where the key sits in the request, for example <c>Leads[3]</c>.</param>
    /// <param name="allowed">Whether the operation takes a key of this type.</param>
    /// <param name="allowedText">Names the types the operation takes, for the error.</param>
    /// <param name="paramName">The request parameter's name.</param>
    public static void ValidateKey(LeadKey? key, int index, string where, Func<LeadKeyType, bool> allowed, string allowedText, string paramName)
    {
        var checkedKey = key ?? throw RequestGuard.Invalid(index, where, "is null; every lead key must be an object", paramName);
        if (!Enum.IsDefined(checkedKey.Type))
        {
            throw RequestGuard.Invalid(index, $"{where}.Type", "is not a defined LeadKeyType value", paramName);
        }

        if (!allowed(checkedKey.Type))
        {
            throw RequestGuard.Invalid(index, $"{where}.Type", $"is {checkedKey.Type}; this operation takes {allowedText}", paramName);
        }

        RequestGuard.Text(checkedKey.Value, index, $"{where}.Value", paramName, required: true);
    }
}
