using System.Globalization;

namespace Marketo.Soap.Models;

/// <summary>Identifies one lead, or the leads sharing a value, by a key type and its value (<c>LeadKey</c> on the wire).</summary>
/// <param name="Type">What <paramref name="Value"/> is.</param>
/// <param name="Value">The key's value as text, for example a lead id or an email address.</param>
public sealed record LeadKey(LeadKeyType Type, string Value)
{
    /// <summary>A key by Marketo's lead id.</summary>
    /// <param name="leadId">The lead's id, 1 or more.</param>
    public static LeadKey ById(int leadId) => new(LeadKeyType.Id, leadId.ToString(CultureInfo.InvariantCulture));

    /// <summary>A key by email address; it can match several leads.</summary>
    /// <param name="email">The address.</param>
    public static LeadKey ByEmail(string email) => new(LeadKeyType.Email, email);

    /// <summary>A key by the Munchkin tracking cookie.</summary>
    /// <param name="cookie">The whole <c>_mkto_trk</c> cookie value.</param>
    public static LeadKey ByCookie(string cookie) => new(LeadKeyType.Cookie, cookie);
}
