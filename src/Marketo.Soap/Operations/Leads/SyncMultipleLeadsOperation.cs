using Marketo.Soap.Models;
using Marketo.Soap.Pipeline;
using Marketo.Soap.Telemetry;
using Proxy = Marketo.Soap.Generated;

namespace Marketo.Soap.Operations;

/// <summary>
/// <c>syncMultipleLeads</c>: creates or updates up to 300 leads in one call.
/// </summary>
/// <remarks>
/// <para>Repeat-safety: <see cref="RepeatSafety.Safe"/>. A repeated lead sync writes the same
/// values to the same keys again. A lead without Id or foreign key is matched by email when dedup
/// is on; with <see cref="SyncMultipleLeadsRequest.DedupEnabled"/> false a repeat could create a
/// second lead, which the caller chose by turning dedup off.</para>
/// </remarks>
internal static class SyncMultipleLeadsOperation
{
    public const string Name = "syncMultipleLeads";
    private const string ActivityName = "MarketoSoapClient.SyncMultipleLeads";
    private const string ParamName = "request";

    public static PreparedCall<SyncMultipleLeadsResult> Prepare(SyncMultipleLeadsRequest request)
    {
        Validate(request);
        var body = ToProxy(request);
        return new(
            Name,
            ActivityName,
            request.Leads.Count,
            RepeatSafety.Safe,
            async (port, header) => ToResult(request, (await port.syncMultipleLeadsAsync(new(header, body)).ConfigureAwait(false))?.successSyncMultipleLeads),
            result => RecordTally.Of(Name, result.Results, r => r.Succeeded, r => r.StatusText));
    }

    internal static void Validate(SyncMultipleLeadsRequest request)
    {
        RequestGuard.BatchSize(request.Leads, SyncMultipleLeadsRequest.MaxLeadsPerCall, ParamName, nameof(request.Leads), "leads");

        for (var i = 0; i < request.Leads.Count; i++)
        {
            LeadRecordRules.Validate(request.Leads[i], i, ParamName);
        }
    }

    internal static Proxy.ParamsSyncMultipleLeads ToProxy(SyncMultipleLeadsRequest request)
    {
        var records = new Proxy.LeadRecord[request.Leads.Count];
        for (var i = 0; i < records.Length; i++)
        {
            records[i] = LeadRecordMapping.ToProxy(request.Leads[i]);
        }

        return new Proxy.ParamsSyncMultipleLeads
        {
            leadRecordList = records,
            dedupEnabled = request.DedupEnabled,
            dedupEnabledSpecified = request.DedupEnabled.HasValue,
        };
    }

    internal static SyncMultipleLeadsResult ToResult(SyncMultipleLeadsRequest request, Proxy.SuccessSyncMultipleLeads? answer)
    {
        var statuses = AnswerGuard.OneStatusPerRecord(answer?.result?.syncStatusList, request.Leads.Count, Name);

        var results = new LeadSyncResult[statuses.Length];
        for (var i = 0; i < results.Length; i++)
        {
            var status = AnswerGuard.Status(statuses[i], i, Name);
            var text = status.status ?? string.Empty;
            results[i] = new LeadSyncResult(i, request.Leads[i], status.leadId, ParseStatus(text), text, status.error);
        }

        return new SyncMultipleLeadsResult(results);
    }

    internal static LeadSyncStatus ParseStatus(string text) => text switch
    {
        "CREATED" => LeadSyncStatus.Created,
        "UPDATED" => LeadSyncStatus.Updated,
        "FAILED" => LeadSyncStatus.Failed,
        _ => LeadSyncStatus.Unknown,
    };
}
