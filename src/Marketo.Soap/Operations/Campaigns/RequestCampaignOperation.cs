using Marketo.Soap.Models;
using Marketo.Soap.Pipeline;
using Proxy = Marketo.Soap.Generated;

namespace Marketo.Soap.Operations;

/// <summary><c>requestCampaign</c>: runs up to 100 leads through a smart campaign whose trigger is "Campaign is Requested".</summary>
/// <remarks>
/// <para>Repeat-safety: <see cref="RepeatSafety.OnlyWhenUnapplied"/>. Each request runs the
/// campaign's flow again, so a repeat of one that was applied but whose answer was lost sends its
/// emails twice (or, for a campaign that deletes leads, acts twice).</para>
/// <para>Marketo takes exactly two parameter sets, <c>campaignId</c> alone or
/// <c>programName</c> + <c>campaignName</c> (+ <c>programTokenList</c>); tokens need the names.
/// Any other mix is refused here, and the unused set is left out of the request.</para>
/// <para>More than 100 keys are refused: Marketo ignores the extra keys without saying so.</para>
/// </remarks>
internal static class RequestCampaignOperation
{
    public const string Name = "requestCampaign";
    private const string ActivityName = "MarketoSoapClient.RequestCampaign";
    private const string ParamName = "request";

    public static PreparedCall<RequestCampaignResult> Prepare(RequestCampaignRequest request)
    {
        // Read once: validation and the body use these copies (see RequestGuard.ReadBatch).
        var (leads, tokens) = Validate(request);
        return new(
            Name,
            ActivityName,
            leads.Length,
            RepeatSafety.OnlyWhenUnapplied,
            async (port, header) => new RequestCampaignResult(
                AnswerGuard.Required(
                    (await ProxyReuse<CampaignProxyBatch>.SendAsync(static (batch, s) => s.port.requestCampaignAsync(new(s.header, batch.Fill(s.request, s.leads, s.tokens))), (port, header, request, leads, tokens)).ConfigureAwait(false))?.successRequestCampaign?.result,
                    "result",
                    Name).success));
    }

    /// <returns>The request's lead keys and tokens, copied once from the caller's lists and all valid.</returns>
    internal static (LeadKey[] Leads, ProgramToken[] Tokens) Validate(RequestCampaignRequest request)
    {
        ProgramTokens.ValidateSource(request.Source, ParamName);
        var tokens = ProgramTokens.Read(request.Tokens, ParamName);
        var byNames = request.ProgramName is not null || request.CampaignName is not null;
        if (request.CampaignId is not null && byNames)
        {
            throw RequestGuard.InvalidRequest(
                "The request names the campaign both by CampaignId and by ProgramName/CampaignName; give CampaignId alone, or ProgramName with CampaignName.",
                ParamName,
                nameof(request.CampaignId));
        }

        if (request.CampaignId is { } id)
        {
            if (id <= 0)
            {
                throw RequestGuard.InvalidRequest("The request's CampaignId is not a campaign id; ids are 1 or more.", ParamName, nameof(request.CampaignId));
            }

            if (tokens.Length > 0)
            {
                throw RequestGuard.InvalidRequest(
                    "The request sends Tokens with CampaignId; Marketo takes tokens only with ProgramName and CampaignName.",
                    ParamName,
                    nameof(request.Tokens));
            }
        }
        else if (!byNames)
        {
            throw RequestGuard.InvalidRequest("The request names no campaign; give CampaignId, or ProgramName with CampaignName.", ParamName, nameof(request.CampaignId));
        }
        else
        {
            RequestGuard.Field(request.ProgramName, nameof(request.ProgramName), ParamName, required: true);
            RequestGuard.Field(request.CampaignName, nameof(request.CampaignName), ParamName, required: true);
        }

        var leads = LeadKeyRules.Validate(request.Leads, RequestCampaignRequest.MaxLeadsPerCall, LeadKeyRules.AnyButCookie, LeadKeyRules.AnyButCookieText, ParamName, nameof(request.Leads));
        return (leads, tokens);
    }

    internal static Proxy.ParamsRequestCampaign ToProxy(RequestCampaignRequest request, LeadKey[] leads, ProgramToken[] tokens) =>
        new CampaignProxyBatch().Fill(request, leads, tokens);
}
