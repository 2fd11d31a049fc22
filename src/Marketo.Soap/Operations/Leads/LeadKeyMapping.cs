using Marketo.Soap.Models;
using Proxy = Marketo.Soap.Generated;

namespace Marketo.Soap.Operations;

/// <summary>Maps a <see cref="LeadKey"/> and its <see cref="LeadKeyType"/> to the proxy's <c>LeadKey</c> and <c>LeadKeyRef</c>.</summary>
internal static class LeadKeyMapping
{
    public static Proxy.LeadKey ToProxy(LeadKey key) => new() { keyType = ToProxy(key.Type), keyValue = key.Value };

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
}
