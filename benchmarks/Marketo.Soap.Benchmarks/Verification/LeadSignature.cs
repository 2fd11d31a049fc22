using System.Globalization;
using Marketo.Soap.Benchmarks.Baseline;
using Marketo.Soap.Models;

namespace Marketo.Soap.Benchmarks.Verification;

/// <summary>A lead written out as one line, so the client's lead and the baseline's can be compared field by field.</summary>
internal static class LeadSignature
{
    public static string Of(LeadRecord lead) => Line(
        lead.Id,
        lead.Email,
        lead.ForeignSysPersonId,
        lead.ForeignSysType switch
        {
            null => null,
            ForeignSystemType.Custom => "CUSTOM",
            ForeignSystemType.Sfdc => "SFDC",
            _ => "NETSUITE",
        },
        lead.Attributes.Select(a => (a.Name, a.Type, a.Value)));

    public static string Of(RawLeadRecord lead) =>
        Line(lead.Id, lead.Email, lead.ForeignSysPersonId, lead.ForeignSysType, lead.Attributes.Select(a => (a.Name, a.Type, a.Value)));

    public static bool Same(IEnumerable<LeadRecord> client, IEnumerable<RawLeadRecord> baseline) =>
        client.Select(Of).SequenceEqual(baseline.Select(Of));

    private static string Line(int? id, string? email, string? personId, string? systemType, IEnumerable<(string Name, string? Type, string Value)> attributes) =>
        string.Create(CultureInfo.InvariantCulture, $"{id}|{email}|{personId}|{systemType}|{string.Join(';', attributes.Select(a => $"{a.Name}:{a.Type}={a.Value}"))}");
}
