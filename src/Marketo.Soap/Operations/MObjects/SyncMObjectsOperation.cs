using Marketo.Soap.Models;
using Marketo.Soap.Pipeline;
using Marketo.Soap.Telemetry;
using Proxy = Marketo.Soap.Generated;

namespace Marketo.Soap.Operations;

/// <summary>
/// <c>syncMObjects</c>: creates, updates or upserts up to 100 programs, opportunities and
/// opportunity person roles in one call.
/// </summary>
/// <remarks>
/// Repeat-safety: <see cref="RepeatSafety.Safe"/> for Update and Upsert, which write the same values
/// to the same keys again; <see cref="RepeatSafety.OnlyWhenUnapplied"/> for Insert, because an
/// insert that reached Marketo creates new objects each time it is sent.
/// </remarks>
internal static class SyncMObjectsOperation
{
    public const string Name = "syncMObjects";
    private const string ActivityName = "MarketoSoapClient.SyncMObjects";
    private const string ParamName = "request";

    public static PreparedCall<SyncMObjectsResult> Prepare(SyncMObjectsRequest request)
    {
        Validate(request);
        var body = ToProxy(request);
        return new(
            Name,
            ActivityName,
            request.Objects.Count,
            request.Operation == MObjectOperation.Insert ? RepeatSafety.OnlyWhenUnapplied : RepeatSafety.Safe,
            async (port, header) => ToResult(request, (await port.syncMObjectsAsync(new(header, body)).ConfigureAwait(false))?.successSyncMObjects),
            result => RecordTally.Of(Name, result.Results, r => r.Succeeded, r => r.StatusText));
    }

    internal static void Validate(SyncMObjectsRequest request)
    {
        if (!Enum.IsDefined(request.Operation))
        {
            throw new MarketoRequestValidationException("Operation is not a defined MObjectOperation value.", ParamName, null, "Operation");
        }

        RequestGuard.BatchSize(request.Objects, SyncMObjectsRequest.MaxObjectsPerCall, ParamName, nameof(request.Objects), "objects");

        for (var i = 0; i < request.Objects.Count; i++)
        {
            var record = MObjectRecordRules.Validate(request.Objects[i], i);
            if (record.Type == MObjectTypes.Program && request.Operation != MObjectOperation.Update)
            {
                throw RequestGuard.Invalid(i, "Type", $"is Program, which Marketo accepts only with the Update operation, not {request.Operation}", ParamName);
            }
        }
    }

    internal static Proxy.ParamsSyncMObjects ToProxy(SyncMObjectsRequest request)
    {
        var objects = new Proxy.MObject[request.Objects.Count];
        for (var i = 0; i < objects.Length; i++)
        {
            objects[i] = MObjectRecordMapping.ToProxy(request.Objects[i]);
        }

        return new Proxy.ParamsSyncMObjects { mObjectList = objects, operation = ToProxy(request.Operation) };
    }

    internal static SyncMObjectsResult ToResult(SyncMObjectsRequest request, Proxy.SuccessSyncMObjects? answer)
    {
        var statuses = AnswerGuard.OneStatusPerRecord(answer?.result?.mObjStatusList, request.Objects.Count, Name);

        var results = new MObjectSyncResult[statuses.Length];
        for (var i = 0; i < results.Length; i++)
        {
            var status = AnswerGuard.Status(statuses[i], i, Name);
            var text = status.status ?? string.Empty;
            var key = status.externalKey is { } k ? new MObjectAttribute(k.name ?? string.Empty, k.value ?? string.Empty) : null;

            // Marketo ids start at 1; an absent id element reads as 0 and means Marketo sent none.
            int? id = status.id == 0 ? null : status.id;
            results[i] = new MObjectSyncResult(i, request.Objects[i], id, key, ParseStatus(text), text, status.error);
        }

        return new SyncMObjectsResult(results);
    }

    internal static MObjectSyncStatus ParseStatus(string text) => text switch
    {
        "CREATED" => MObjectSyncStatus.Created,
        "UPDATED" => MObjectSyncStatus.Updated,
        "DELETED" => MObjectSyncStatus.Deleted,
        "FAILED" => MObjectSyncStatus.Failed,
        "UNCHANGED" => MObjectSyncStatus.Unchanged,
        "SKIPPED" => MObjectSyncStatus.Skipped,
        _ => MObjectSyncStatus.Unknown,
    };

    private static Proxy.SyncOperationEnum ToProxy(MObjectOperation operation) => operation switch
    {
        MObjectOperation.Upsert => Proxy.SyncOperationEnum.UPSERT,
        MObjectOperation.Insert => Proxy.SyncOperationEnum.INSERT,
        MObjectOperation.Update => Proxy.SyncOperationEnum.UPDATE,
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "Not an MObjectOperation value."),
    };
}
