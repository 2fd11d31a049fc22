using System.Text;
using Marketo.Soap.Models;

namespace Marketo.Soap.Benchmarks.Workload;

/// <summary>The getLead call the benchmarks make: one lead by email, answered with the two leads that share it.</summary>
internal static class GetLeadWorkload
{
    public static GetLeadRequest Request() => new() { Key = LeadKey.ByEmail("lead7@example.test") };

    public static byte[] Response()
    {
        const string Success = "successGetLead";
        var xml = SoapAnswer.Start(Success, 2_000).Append("        <count>2</count>\n        <leadRecordList>\n");
        LeadRecordAnswer.Append(xml, 7, 10);
        LeadRecordAnswer.Append(xml, 7_000, 10);
        xml.Append("        </leadRecordList>\n");
        return SoapAnswer.End(xml, Success);
    }
}
