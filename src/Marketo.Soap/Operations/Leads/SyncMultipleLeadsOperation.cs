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
        // Read once: validation, the body and the results all use this copy (see RequestGuard.ReadBatch).
        var leads = Validate(request);
        var dedupEnabled = request.DedupEnabled;
        return new(
            Name,
            ActivityName,
            leads.Length,
            RepeatSafety.Safe,
            async (port, header) => ToResult(leads, (await ProxyReuse<LeadProxyBatch>.SendAsync(static (batch, s) => s.port.syncMultipleLeadsAsync(new(s.header, batch.Fill(s.leads, s.dedupEnabled))), (port, header, leads, dedupEnabled)).ConfigureAwait(false))?.successSyncMultipleLeads),
            result => RecordTally.Of(result.Results, r => r.Succeeded, r => r.StatusText));
    }

    /// <returns>The request's leads, copied once from the caller's list and all valid.</returns>
    internal static LeadRecord[] Validate(SyncMultipleLeadsRequest request)
    {
        var leads = RequestGuard.ReadBatch(request.Leads, SyncMultipleLeadsRequest.MaxLeadsPerCall, ParamName, nameof(request.Leads), "leads");

        for (var i = 0; i < leads.Length; i++)
        {
            LeadRecordRules.Validate(leads[i], i, ParamName);
        }

        RepeatedLeadRules.RefuseRepeatedKeys(leads, request.DedupEnabled, ParamName);
        return leads;
    }

    internal static Proxy.ParamsSyncMultipleLeads ToProxy(LeadRecord[] leads, bool? dedupEnabled) => new LeadProxyBatch().Fill(leads, dedupEnabled);

    internal static SyncMultipleLeadsResult ToResult(LeadRecord[] leads, Proxy.SuccessSyncMultipleLeads? answer)
    {
        var statuses = AnswerGuard.OneStatusPerRecord(answer?.result?.syncStatusList, leads.Length, Name);

        var results = new LeadSyncResult[statuses.Length];
        for (var i = 0; i < results.Length; i++)
        {
            var status = AnswerGuard.Status(statuses[i], i, Name);
            var text = status.status ?? string.Empty;

            // An xsi:nil or absent leadId reads as null (see Reference.cs, Departure 4): that
            // record has no id, and the other records are read as usual.
            results[i] = new LeadSyncResult(i, leads[i], status.leadId, ParseStatus(text), text, status.error);
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
