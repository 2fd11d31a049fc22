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
        // Read once: validation, the body and the results all use this copy (see RequestGuard.ReadBatch).
        var objects = Validate(request);
        var operation = ToProxy(request.Operation);
        return new(
            Name,
            ActivityName,
            objects.Length,
            request.Operation == MObjectOperation.Insert ? RepeatSafety.OnlyWhenUnapplied : RepeatSafety.Safe,
            async (port, header) => ToResult(objects, (await ProxyReuse<MObjectProxyBatch>.SendAsync(static (batch, s) => s.port.syncMObjectsAsync(new(s.header, batch.Fill(s.objects, s.operation))), (port, header, objects, operation)).ConfigureAwait(false))?.successSyncMObjects),
            result => RecordTally.Of(result.Results, r => r.Succeeded, r => r.StatusText));
    }

    /// <returns>The request's objects, copied once from the caller's list and all valid.</returns>
    internal static MObjectRecord[] Validate(SyncMObjectsRequest request)
    {
        if (!Enum.IsDefined(request.Operation))
        {
            throw new MarketoRequestValidationException("Operation is not a defined MObjectOperation value.", ParamName, null, "Operation");
        }

        var objects = RequestGuard.ReadBatch(request.Objects, SyncMObjectsRequest.MaxObjectsPerCall, ParamName, nameof(request.Objects), "objects");

        for (var i = 0; i < objects.Length; i++)
        {
            var record = MObjectRecordRules.Validate(objects[i], i);
            MObjectTypeRules.Validate(record, i, request.Operation);
        }

        MObjectKeyRules.RefuseRepeatedKeys(objects, ParamName);
        return objects;
    }

    internal static Proxy.ParamsSyncMObjects ToProxy(MObjectRecord[] objects, MObjectOperation operation) => new MObjectProxyBatch().Fill(objects, ToProxy(operation));

    internal static SyncMObjectsResult ToResult(MObjectRecord[] objects, Proxy.SuccessSyncMObjects? answer)
    {
        var statuses = AnswerGuard.OneStatusPerRecord(answer?.result?.mObjStatusList, objects.Length, Name);

        var results = new MObjectSyncResult[statuses.Length];
        for (var i = 0; i < results.Length; i++)
        {
            var status = AnswerGuard.Status(statuses[i], i, Name);
            var text = status.status ?? string.Empty;
            var key = status.externalKey is { } k ? new MObjectAttribute(k.name ?? string.Empty, k.value ?? string.Empty) : null;

            // An xsi:nil or absent id reads as null (see Reference.cs, Departure 4): Marketo sent
            // none. Marketo ids start at 1, so an id of 0 means none as well.
            var id = status.id is 0 ? null : status.id;
            results[i] = new MObjectSyncResult(i, objects[i], id, key, ParseStatus(text), text, status.error);
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

    internal static Proxy.SyncOperationEnum ToProxy(MObjectOperation operation) => operation switch
    {
        MObjectOperation.Upsert => Proxy.SyncOperationEnum.UPSERT,
        MObjectOperation.Insert => Proxy.SyncOperationEnum.INSERT,
        MObjectOperation.Update => Proxy.SyncOperationEnum.UPDATE,
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "Not an MObjectOperation value."),
    };
}
