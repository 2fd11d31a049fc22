using Marketo.Soap.Models;
using Marketo.Soap.Pipeline;
using Marketo.Soap.Telemetry;
using Proxy = Marketo.Soap.Generated;

namespace Marketo.Soap.Operations;

/// <summary>
/// <c>syncCustomObjects</c>: inserts, updates or upserts up to 100 records of one custom object in
/// one call, with one status per record.
/// </summary>
/// <remarks>
/// <para>Repeat-safety: <see cref="RepeatSafety.Safe"/> for Update and Upsert, which write the same
/// values to the records the same keys find. <see cref="RepeatSafety.OnlyWhenUnapplied"/> for
/// Insert, as for syncMObjects: an applied insert sent again no longer finds the records new, so
/// its answer no longer says what the first attempt did, and whether Marketo keeps records unique
/// on every key list a caller may send (older objects, keys that are not dedupe fields) is not
/// documented, so a repeat could also write a record twice.</para>
/// <para>The wire names are the schema's (<c>objTypeName</c>, <c>customObjList</c>,
/// <c>customObj</c>), not the <c>objectTypeName</c>/<c>customObjectList</c>/<c>customObject</c>
/// of Marketo's parameter table, which the server ignores (operations facts §0.3 item 7).</para>
/// </remarks>
internal static class SyncCustomObjectsOperation
{
    public const string Name = "syncCustomObjects";
    private const string ActivityName = "MarketoSoapClient.SyncCustomObjects";
    private const string ParamName = "request";

    public static PreparedCall<SyncCustomObjectsResult> Prepare(SyncCustomObjectsRequest request)
    {
        // Read once: validation, the body and the results all use this copy (see RequestGuard.ReadBatch).
        var records = Validate(request);
        var body = ToProxy(request.ObjectTypeName, records, request.Operation);
        return new(
            Name,
            ActivityName,
            records.Length,
            request.Operation == CustomObjectSyncOperation.Insert ? RepeatSafety.OnlyWhenUnapplied : RepeatSafety.Safe,
            async (port, header) => ToResult(records, (await port.syncCustomObjectsAsync(new(header, body)).ConfigureAwait(false))?.successSyncCustomObjects),
            result => RecordTally.Of(result.Results, r => r.Succeeded, r => r.StatusText));
    }

    /// <returns>The request's records, copied once from the caller's list and all valid.</returns>
    internal static CustomObjectRecord[] Validate(SyncCustomObjectsRequest request)
    {
        CustomObjectRules.TypeName(request.ObjectTypeName);
        if (!Enum.IsDefined(request.Operation))
        {
            throw RequestGuard.InvalidRequest("Operation is not a defined CustomObjectSyncOperation value.", ParamName, "Operation");
        }

        var records = RequestGuard.ReadBatch(request.Records, SyncCustomObjectsRequest.MaxRecordsPerCall, ParamName, nameof(request.Records), "records");
        var keys = new IReadOnlyList<CustomObjectField>[records.Length];
        for (var i = 0; i < records.Length; i++)
        {
            var record = RequestGuard.NotNullRecord(records[i], i, ParamName, "record");
            CustomObjectRules.RecordKeys(record.Keys, i, "Keys");
            CustomObjectRules.RecordAttributes(record.Attributes, i);
            CustomObjectRules.RefuseRepeatedFieldNames(record, i);
            keys[i] = record.Keys;
        }

        CustomObjectRules.RefuseRepeatedKeys(keys, "Keys");
        return records;
    }

    internal static Proxy.ParamsSyncCustomObjects ToProxy(string objectTypeName, CustomObjectRecord[] records, CustomObjectSyncOperation operation)
    {
        var mapped = new Proxy.CustomObj[records.Length];
        for (var i = 0; i < mapped.Length; i++)
        {
            mapped[i] = new Proxy.CustomObj
            {
                customObjKeyList = CustomObjectMapping.ToProxy(records[i].Keys),
                customObjAttributeList = records[i].Attributes.Count == 0 ? null : CustomObjectMapping.ToProxy(records[i].Attributes),
            };
        }

        return new Proxy.ParamsSyncCustomObjects
        {
            objTypeName = objectTypeName,
            customObjList = mapped,
            operation = ToProxy(operation),
            operationSpecified = true,
        };
    }

    internal static SyncCustomObjectsResult ToResult(CustomObjectRecord[] records, Proxy.SuccessSyncCustomObjects? answer)
    {
        // Matched by position, as the recorded answers echo the records in request order; the
        // echoed keys are kept for the caller, not used to match (Marketo may change their case).
        var statuses = AnswerGuard.OneStatusPerRecord(answer?.result?.syncCustomObjStatusList, records.Length, Name);
        var results = new CustomObjectSyncResult[statuses.Length];
        for (var i = 0; i < results.Length; i++)
        {
            var status = AnswerGuard.Status(statuses[i], i, Name);
            var text = status.status ?? string.Empty;
            results[i] = new CustomObjectSyncResult(i, records[i], CustomObjectMapping.FromProxy(status.customObjKeyList), CustomObjectMapping.ParseStatus(text), text, status.error);
        }

        return new SyncCustomObjectsResult(results);
    }

    private static Proxy.SyncOperationEnum ToProxy(CustomObjectSyncOperation operation) => operation switch
    {
        CustomObjectSyncOperation.Upsert => Proxy.SyncOperationEnum.UPSERT,
        CustomObjectSyncOperation.Insert => Proxy.SyncOperationEnum.INSERT,
        CustomObjectSyncOperation.Update => Proxy.SyncOperationEnum.UPDATE,
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "Not a CustomObjectSyncOperation value."),
    };
}
