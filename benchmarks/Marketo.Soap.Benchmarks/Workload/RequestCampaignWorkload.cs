using Marketo.Soap.Models;

namespace Marketo.Soap.Benchmarks.Workload;

/// <summary>The requestCampaign call the benchmarks make: a campaign by program and name, the most leads a call takes (100, by id), two program tokens.</summary>
internal static class RequestCampaignWorkload
{
    public static RequestCampaignRequest Request() => new()
    {
        ProgramName = "Onboarding",
        CampaignName = "Welcome email",
        Leads = Enumerable.Range(0, RequestCampaignRequest.MaxLeadsPerCall).Select(n => LeadKey.ById(1_000_000 + n)).ToArray(),
        Tokens = [new("{{my.greeting}}", "Welcome aboard"), new("{{my.offer code}}", "WELCOME-10 & more")],
    };

    public static byte[] Response()
    {
        const string Success = "successRequestCampaign";
        return SoapAnswer.End(SoapAnswer.Start(Success, 600).Append("        <success>true</success>\n"), Success);
    }
}
