using Marketo.Soap.Models;

namespace Marketo.Soap.Benchmarks.Workload;

/// <summary>The syncLead call the benchmarks make: one lead of <see cref="LeadWorkload"/> with a visitor cookie, read back in the answer.</summary>
internal static class SyncLeadWorkload
{
    private const int LeadNumber = 7;

    public static SyncLeadRequest Request() => new()
    {
        Lead = LeadWorkload.Lead(LeadNumber),
        ReturnLead = true,
        MarketoCookie = "id:123-ABC-456&token:_mch-example.test-1375404150000-12345",
    };

    public static byte[] Response()
    {
        const string Success = "successSyncLead";
        var xml = SoapAnswer.Start(Success, 1_500)
            .Append(System.Globalization.CultureInfo.InvariantCulture, $"        <leadId>{1_000_000 + LeadNumber}</leadId>\n        <syncStatus>\n          <leadId>{1_000_000 + LeadNumber}</leadId>\n          <status>CREATED</status>\n          <error xsi:nil=\"true\"/>\n        </syncStatus>\n");
        LeadRecordAnswer.Append(xml, LeadNumber, 8);
        return SoapAnswer.End(xml, Success);
    }
}
