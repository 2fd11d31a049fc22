using Marketo.Soap.Models;
using Marketo.Soap.Pipeline;
using Marketo.Soap.Telemetry;
using Proxy = Marketo.Soap.Generated;

namespace Marketo.Soap.Operations;

/// <summary><c>deleteMObjects</c>: deletes up to 100 opportunities and opportunity person roles by id.</summary>
/// <remarks>
/// <para>Repeat-safety: <see cref="RepeatSafety.Safe"/>. A delete names each object by its Marketo
/// id, and Marketo never hands an id out again, so a repeat can remove nothing the first attempt
/// did not: after one attempt or two, the same objects are gone. What a repeat changes is only the
/// answer: an object the lost first attempt deleted comes back <c>UNCHANGED</c> or <c>FAILED</c>
/// instead of <c>DELETED</c> (operations facts §6.2 lists those outcomes without defining them).
/// <see cref="MObjectDeleteResult.Succeeded"/> counts <c>UNCHANGED</c> as gone for that reason.</para>
/// <para>Only <c>type</c> and <c>id</c> are sent: Marketo's documentation requires the id, and whether
/// an external key could replace it is unknown.</para>
/// </remarks>
internal static class DeleteMObjectsOperation
{
    public const string Name = "deleteMObjects";
    private const string ActivityName = "MarketoSoapClient.DeleteMObjects";
    private const string ParamName = "request";

    public static PreparedCall<DeleteMObjectsResult> Prepare(DeleteMObjectsRequest request)
    {
        var objects = Validate(request);
        var body = ToProxy(objects);
        return new(
            Name,
            ActivityName,
            objects.Length,
            RepeatSafety.Safe,
            async (port, header) => ToResult(objects, (await port.deleteMObjectsAsync(new(header, body)).ConfigureAwait(false))?.successDeleteMObjects),
            result => RecordTally.Of(result.Results, r => r.Succeeded, r => r.StatusText));
    }

    /// <returns>The request's objects, copied once from the caller's list and all valid.</returns>
    internal static MObjectReference[] Validate(DeleteMObjectsRequest request)
    {
        var objects = RequestGuard.ReadBatch(request.Objects, DeleteMObjectsRequest.MaxObjectsPerCall, ParamName, nameof(request.Objects), "objects");
        HashSet<(string, int)>? seen = null;
        for (var i = 0; i < objects.Length; i++)
        {
            var target = RequestGuard.NotNullRecord(objects[i], i, ParamName, "object");
            RequestGuard.Text(target.Type, i, "Type", ParamName, required: true);
            if (target.Type is not (MObjectTypes.Opportunity or MObjectTypes.OpportunityPersonRole))
            {
                // operations facts §6.2: deleteMObjects deletes these two types only.
                throw RequestGuard.Invalid(i, "Type", $"is {target.Type}; Marketo deletes only {MObjectTypes.Opportunity} and {MObjectTypes.OpportunityPersonRole} objects (case matters)", ParamName);
            }

            RequestGuard.PositiveId(target.Id, i, "Id", ParamName);
            if (!(seen ??= new(objects.Length)).Add((target.Type, target.Id)))
            {
                throw RequestGuard.RepeatedKey(objects, i, "Id", static (earlier, later) => earlier == later, target.Type, ParamName);
            }
        }

        return objects;
    }

    internal static Proxy.ParamsDeleteMObjects ToProxy(MObjectReference[] objects) => new()
    {
        mObjectList = MObjectRecordMapping.Map(objects, static target => new Proxy.MObject { type = target.Type, id = target.Id, idSpecified = true }),
    };

    internal static DeleteMObjectsResult ToResult(MObjectReference[] objects, Proxy.SuccessDeleteMObjects? answer)
    {
        var statuses = AnswerGuard.OneStatusPerRecord(answer?.result?.mObjStatusList, objects.Length, Name);
        var results = new MObjectDeleteResult[statuses.Length];
        for (var i = 0; i < results.Length; i++)
        {
            var status = AnswerGuard.Status(statuses[i], i, Name);
            var text = status.status ?? string.Empty;

            // As for syncMObjects: an xsi:nil, absent or 0 id is no id.
            var id = status.id is 0 ? null : status.id;
            results[i] = new MObjectDeleteResult(i, objects[i], id, SyncMObjectsOperation.ParseStatus(text), text, status.error);
        }

        return new DeleteMObjectsResult(results);
    }
}
