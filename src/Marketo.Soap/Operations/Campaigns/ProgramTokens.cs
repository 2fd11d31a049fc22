using System.Globalization;
using Marketo.Soap.Models;
using Proxy = Marketo.Soap.Generated;

namespace Marketo.Soap.Operations;

/// <summary>Checks and maps the program tokens that requestCampaign and scheduleCampaign both take.</summary>
internal static class ProgramTokens
{
    private const string Field = "Tokens";

    /// <summary>
    /// Refuses a null list or token, a name not written as a whole My Token (<c>{{my.name}}</c>),
    /// a null value, and any character XML cannot carry.
    /// </summary>
    /// <remarks>
    /// Marketo's documentation asks for the full token format, braces included. A name without
    /// them (<c>my.message</c>) names no token, and an unknown token is not reported, so the
    /// override would silently not happen.
    /// </remarks>
    /// <returns>A copy of the list, the one time the caller's list is read (see <see cref="RequestGuard.ReadBatch"/>).</returns>
    public static ProgramToken[] Read(IReadOnlyList<ProgramToken>? list, string paramName)
    {
        if (list is null)
        {
            throw RequestGuard.InvalidRequest("The request's Tokens is null; use an empty list for no tokens.", paramName, Field);
        }

        ProgramToken[] tokens = [.. list];
        for (var i = 0; i < tokens.Length; i++)
        {
            // The token's name in the request (Tokens[1]) is formatted only for an error.
            var token = tokens[i] ?? throw RequestGuard.Invalid(i, Where(i), "is null", paramName);
            if (!RequestGuard.IsValidNameValue(token.Name, token.Value))
            {
                RequestGuard.NameValue(token.Name, token.Value, i, Where(i), paramName);
            }

            if (!token.Name.StartsWith("{{my.", StringComparison.OrdinalIgnoreCase) || !token.Name.EndsWith("}}", StringComparison.Ordinal))
            {
                throw RequestGuard.Invalid(i, $"{Where(i)}.Name", "is not a whole My Token; write it as the editor shows it, for example {{my.message}}", paramName);
            }
        }

        return tokens;
    }

    private static string Where(int index) => string.Create(CultureInfo.InvariantCulture, $"{Field}[{index}]");

    /// <summary>The tokens as <c>Attrib</c> pairs; null for none, so the element is left out.</summary>
    public static Proxy.Attrib[]? ToProxy(ProgramToken[] tokens)
    {
        if (tokens.Length == 0)
        {
            return null;
        }

        var result = new Proxy.Attrib[tokens.Length];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = new Proxy.Attrib { name = tokens[i].Name, value = tokens[i].Value };
        }

        return result;
    }

    public static Proxy.ReqCampSourceType ToProxy(CampaignSource source) =>
        source == CampaignSource.Sales ? Proxy.ReqCampSourceType.SALES : Proxy.ReqCampSourceType.MKTOWS;

    /// <summary>Refuses a <see cref="CampaignSource"/> that is not one of its named values.</summary>
    public static void ValidateSource(CampaignSource source, string paramName)
    {
        if (!Enum.IsDefined(source))
        {
            throw RequestGuard.InvalidRequest("The request's Source is not a defined CampaignSource value.", paramName, "Source");
        }
    }
}
