using Marketo.Soap.Models;
using Proxy = Marketo.Soap.Generated;

namespace Marketo.Soap.Operations;

/// <summary>Maps a <see cref="LeadKey"/> and its <see cref="LeadKeyType"/> to and from the proxy's <c>LeadKey</c> and <c>LeadKeyRef</c>.</summary>
internal static class LeadKeyMapping
{
    public static Proxy.LeadKey ToProxy(LeadKey key) => new() { keyType = ToProxy(key.Type), keyValue = key.Value };

    public static Proxy.LeadKey[] ToProxy(IReadOnlyList<LeadKey> keys)
    {
        var result = new Proxy.LeadKey[keys.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = ToProxy(keys[i]);
        }

        return result;
    }

    /// <summary>
    /// A key as a name/value <c>Attribute</c>, the way <c>mergeLeads</c> wants it: the
    /// <c>LeadKeyRef</c> name in <c>attrName</c>, the value in <c>attrValue</c>.
    /// </summary>
    public static Proxy.Attribute ToProxyAttribute(LeadKey key) => new() { attrName = ToProxy(key.Type).ToString(), attrValue = key.Value };

    /// <summary>A key as Marketo echoed it; null when the echo is empty, so no guess is made.</summary>
    public static LeadKey? FromProxy(Proxy.LeadKey? key) =>
        key is null ? null : new LeadKey(FromProxy(key.keyType), key.keyValue ?? string.Empty);

    public static Proxy.LeadKeyRef ToProxy(LeadKeyType type) => type switch
    {
        LeadKeyType.Id => Proxy.LeadKeyRef.IDNUM,
        LeadKeyType.Cookie => Proxy.LeadKeyRef.COOKIE,
        LeadKeyType.Email => Proxy.LeadKeyRef.EMAIL,
        LeadKeyType.LeadOwnerEmail => Proxy.LeadKeyRef.LEADOWNEREMAIL,
        LeadKeyType.SfdcAccountId => Proxy.LeadKeyRef.SFDCACCOUNTID,
        LeadKeyType.SfdcContactId => Proxy.LeadKeyRef.SFDCCONTACTID,
        LeadKeyType.SfdcLeadId => Proxy.LeadKeyRef.SFDCLEADID,
        LeadKeyType.SfdcLeadOwnerId => Proxy.LeadKeyRef.SFDCLEADOWNERID,
        LeadKeyType.SfdcOpportunityId => Proxy.LeadKeyRef.SFDCOPPTYID,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a LeadKeyType value."),
    };

    public static LeadKeyType FromProxy(Proxy.LeadKeyRef type) => type switch
    {
        Proxy.LeadKeyRef.IDNUM => LeadKeyType.Id,
        Proxy.LeadKeyRef.COOKIE => LeadKeyType.Cookie,
        Proxy.LeadKeyRef.EMAIL => LeadKeyType.Email,
        Proxy.LeadKeyRef.LEADOWNEREMAIL => LeadKeyType.LeadOwnerEmail,
        Proxy.LeadKeyRef.SFDCACCOUNTID => LeadKeyType.SfdcAccountId,
        Proxy.LeadKeyRef.SFDCCONTACTID => LeadKeyType.SfdcContactId,
        Proxy.LeadKeyRef.SFDCLEADID => LeadKeyType.SfdcLeadId,
        Proxy.LeadKeyRef.SFDCLEADOWNERID => LeadKeyType.SfdcLeadOwnerId,
        Proxy.LeadKeyRef.SFDCOPPTYID => LeadKeyType.SfdcOpportunityId,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a LeadKeyRef value."),
    };
}
