using Marketo.Soap.Models;
using Marketo.Soap.Pipeline;
using Marketo.Soap.Telemetry;
using Proxy = Marketo.Soap.Generated;

namespace Marketo.Soap.Operations;

/// <summary>
/// <c>syncLead</c>: creates or updates one lead, optionally in a named workspace, optionally
/// reading it back.
/// </summary>
/// <remarks>
/// <para>Repeat-safety: <see cref="RepeatSafety.Safe"/>. A repeated sync writes the same values to
/// the same lead again; syncLead always deduplicates by email, so a lead keyed by email alone is
/// found rather than created twice.</para>
/// <para>The <c>MktowsContextHeader</c> is sent only when <see cref="SyncLeadRequest.TargetWorkspace"/>
/// is set: the WSDL binds that header to this operation alone, and with workspaces off Marketo
/// accepts it only when it names the default workspace.</para>
/// </remarks>
internal static class SyncLeadOperation
{
    public const string Name = "syncLead";
    private const string ActivityName = "MarketoSoapClient.SyncLead";
    private const string ParamName = "request";

    public static PreparedCall<SyncLeadResult> Prepare(SyncLeadRequest request)
    {
        Validate(request);
        var body = ToProxy(request);
        var context = request.TargetWorkspace is { } workspace ? new Proxy.MktowsContextHeaderInfo { targetWorkspace = workspace } : null;
        return new(
            Name,
            ActivityName,
            1,
            RepeatSafety.Safe,
            async (port, header) => ToResult((await port.syncLeadAsync(new(header, context, body)).ConfigureAwait(false))?.successSyncLead),
            result => RecordTally.Of([result], r => r.Succeeded, r => r.StatusText));
    }

    internal static void Validate(SyncLeadRequest request)
    {
        if (request.Lead is null)
        {
            throw new MarketoRequestValidationException("The request has no lead.", ParamName, null, nameof(request.Lead));
        }

        LeadRecordRules.Validate(request.Lead, 0, ParamName);
        RequestGuard.Field(request.MarketoCookie, nameof(request.MarketoCookie), ParamName, required: false);
        RequestGuard.Field(request.TargetWorkspace, nameof(request.TargetWorkspace), ParamName, required: false);
    }

    internal static Proxy.ParamsSyncLead ToProxy(SyncLeadRequest request) => new()
    {
        leadRecord = LeadRecordMapping.ToProxy(request.Lead),

        // returnLead is 1..1 in the schema, so false is sent rather than left out.
        returnLead = request.ReturnLead,
        marketoCookie = request.MarketoCookie,
    };

    internal static SyncLeadResult ToResult(Proxy.SuccessSyncLead? answer)
    {
        var result = AnswerGuard.Required(answer?.result, "result", Name);
        var status = AnswerGuard.Required(result.syncStatus, "syncStatus", Name);
        var text = status.status ?? string.Empty;
        var lead = result.leadRecord is { } record ? LeadRecordMapping.FromProxy(record) : null;
        return new SyncLeadResult(result.leadId, SyncMultipleLeadsOperation.ParseStatus(text), text, status.error, lead);
    }
}
