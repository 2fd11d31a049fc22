using System.Xml;
using Marketo.Soap.Models;

namespace Marketo.Soap.Benchmarks.Baseline;

/// <summary>Writes a <c>leadKey</c> (getLead, requestCampaign) and the <c>LeadKeyRef</c> names of key types.</summary>
internal static class RawLeadKeyWriter
{
    public static void Write(XmlWriter writer, LeadKey key)
    {
        writer.WriteStartElement("leadKey", string.Empty);
        writer.WriteElementString("keyType", WireName(key.Type));
        writer.WriteElementString("keyValue", key.Value);
        writer.WriteEndElement();
    }

    public static string WireName(LeadKeyType type) => type switch
    {
        LeadKeyType.Id => "IDNUM",
        LeadKeyType.Cookie => "COOKIE",
        LeadKeyType.Email => "EMAIL",
        LeadKeyType.LeadOwnerEmail => "LEADOWNEREMAIL",
        LeadKeyType.SfdcAccountId => "SFDCACCOUNTID",
        LeadKeyType.SfdcContactId => "SFDCCONTACTID",
        LeadKeyType.SfdcLeadId => "SFDCLEADID",
        LeadKeyType.SfdcLeadOwnerId => "SFDCLEADOWNERID",
        _ => "SFDCOPPTYID",
    };
}
