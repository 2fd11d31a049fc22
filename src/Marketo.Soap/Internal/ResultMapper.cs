using System.Globalization;
using Marketo.Soap.Models;
using Proxy = Marketo.Soap.Generated;

namespace Marketo.Soap.Internal;

/// <summary>Matches the statuses of an answer to the records of its request.</summary>
/// <remarks>
/// A status carries no key of its record (a new lead has no id until Marketo answers), so the
/// only way to match is by position. An answer with a different number of statuses therefore
/// cannot be matched at all, and is refused as a whole instead of being guessed at.
/// </remarks>
internal static class ResultMapper
{
    public static SyncMultipleLeadsResult ToResult(SyncMultipleLeadsRequest request, Proxy.SuccessSyncMultipleLeads? answer, string operation)
    {
        var statuses = answer?.result?.syncStatusList;
        EnsureOneStatusPerRecord(statuses, request.Leads.Count, operation);

        var results = new LeadSyncResult[statuses!.Length];
        for (var i = 0; i < results.Length; i++)
        {
            var status = statuses[i] ?? throw MissingStatus(i, operation);
            var text = status.status ?? string.Empty;
            results[i] = new LeadSyncResult(i, request.Leads[i], status.leadId, ParseLeadStatus(text), text, status.error);
        }

        return new SyncMultipleLeadsResult(results);
    }

    public static SyncMObjectsResult ToResult(SyncMObjectsRequest request, Proxy.SuccessSyncMObjects? answer, string operation)
    {
        var statuses = answer?.result?.mObjStatusList;
        EnsureOneStatusPerRecord(statuses, request.Objects.Count, operation);

        var results = new MObjectSyncResult[statuses!.Length];
        for (var i = 0; i < results.Length; i++)
        {
            var status = statuses[i] ?? throw MissingStatus(i, operation);
            var text = status.status ?? string.Empty;
            var key = status.externalKey is { } k ? new MObjectAttribute(k.name ?? string.Empty, k.value ?? string.Empty) : null;

            // Marketo ids start at 1; an absent id element reads as 0 and means Marketo sent none.
            int? id = status.id == 0 ? null : status.id;
            results[i] = new MObjectSyncResult(i, request.Objects[i], id, key, ParseMObjectStatus(text), text, status.error);
        }

        return new SyncMObjectsResult(results);
    }

    internal static LeadSyncStatus ParseLeadStatus(string text) => text switch
    {
        "CREATED" => LeadSyncStatus.Created,
        "UPDATED" => LeadSyncStatus.Updated,
        "FAILED" => LeadSyncStatus.Failed,
        _ => LeadSyncStatus.Unknown,
    };

    internal static MObjectSyncStatus ParseMObjectStatus(string text) => text switch
    {
        "CREATED" => MObjectSyncStatus.Created,
        "UPDATED" => MObjectSyncStatus.Updated,
        "DELETED" => MObjectSyncStatus.Deleted,
        "FAILED" => MObjectSyncStatus.Failed,
        "UNCHANGED" => MObjectSyncStatus.Unchanged,
        "SKIPPED" => MObjectSyncStatus.Skipped,
        _ => MObjectSyncStatus.Unknown,
    };

    private static void EnsureOneStatusPerRecord<T>(T[]? statuses, int recordCount, string operation)
    {
        if (statuses is null)
        {
            throw new MarketoTransportException(
                $"Marketo's answer to {operation} holds no status list.",
                MarketoTransportFailure.InvalidResponse,
                httpStatusCode: null,
                operation);
        }

        if (statuses.Length != recordCount)
        {
            throw new MarketoTransportException(
                string.Create(CultureInfo.InvariantCulture, $"Marketo's answer to {operation} holds {statuses.Length} statuses for {recordCount} records, so no status can be matched to its record."),
                MarketoTransportFailure.InvalidResponse,
                httpStatusCode: null,
                operation);
        }
    }

    private static MarketoTransportException MissingStatus(int index, string operation) =>
        new(
            string.Create(CultureInfo.InvariantCulture, $"Marketo's answer to {operation} holds an empty status at position {index}."),
            MarketoTransportFailure.InvalidResponse,
            httpStatusCode: null,
            operation);
}
