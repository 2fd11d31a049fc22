using Marketo.Soap.Models;
using Marketo.Soap.Pipeline;
using Marketo.Soap.Telemetry;
using Proxy = Marketo.Soap.Generated;

namespace Marketo.Soap.Operations;

/// <summary><c>deleteCustomObjects</c>: deletes records of one custom object named by their keys, one status per key.</summary>
/// <remarks>
/// <para>Repeat-safety: <see cref="RepeatSafety.Safe"/>. Deleting a record that is already gone
/// leaves Marketo as the first attempt left it. The one cost: after an applied attempt whose answer
/// was lost, the repeat's answer can report those keys as not deleted (the status for a key that
/// matches nothing is undocumented), which the result then shows rather than hides.</para>
/// <para>The answer's list is <c>deleteCustomObjStatusList</c>, but its items are named
/// <c>syncCustomObjStatus</c> (operations facts §7.3, trap 8).</para>
/// </remarks>
internal static class DeleteCustomObjectsOperation
{
    public const string Name = "deleteCustomObjects";
    private const string ActivityName = "MarketoSoapClient.DeleteCustomObjects";
    private const string ParamName = "request";

    public static PreparedCall<DeleteCustomObjectsResult> Prepare(DeleteCustomObjectsRequest request)
    {
        var keys = Validate(request);
        var body = new Proxy.ParamsDeleteCustomObjects
        {
            objTypeName = request.ObjectTypeName,
            customObjKeyLists = Array.ConvertAll(keys, CustomObjectMapping.ToProxy),
        };
        return new(
            Name,
            ActivityName,
            keys.Length,
            RepeatSafety.Safe,
            async (port, header) => ToResult(keys, (await port.deleteCustomObjectsAsync(new(header, body)).ConfigureAwait(false))?.successDeleteCustomObjects),
            result => RecordTally.Of(result.Results, r => r.Succeeded, r => r.StatusText));
    }

    /// <returns>The request's keys, copied once from the caller's list and all valid.</returns>
    internal static IReadOnlyList<CustomObjectField>[] Validate(DeleteCustomObjectsRequest request)
    {
        CustomObjectRules.TypeName(request.ObjectTypeName);
        var keys = RequestGuard.ReadBatch(request.Keys, DeleteCustomObjectsRequest.MaxRecordsPerCall, ParamName, nameof(request.Keys), "keys");
        for (var i = 0; i < keys.Length; i++)
        {
            CustomObjectRules.RecordKeys(keys[i], i, "Keys");
            keys[i] = [.. keys[i]];
        }

        CustomObjectRules.RefuseRepeatedKeys(keys, "Keys");
        return keys;
    }

    internal static DeleteCustomObjectsResult ToResult(IReadOnlyList<CustomObjectField>[] keys, Proxy.SuccessDeleteCustomObjects? answer)
    {
        var statuses = AnswerGuard.OneStatusPerRecord(answer?.result?.deleteCustomObjStatusList, keys.Length, Name);
        var results = new CustomObjectDeleteResult[statuses.Length];
        for (var i = 0; i < results.Length; i++)
        {
            var status = AnswerGuard.Status(statuses[i], i, Name);
            var text = status.status ?? string.Empty;
            results[i] = new CustomObjectDeleteResult(i, keys[i], CustomObjectMapping.ParseStatus(text), text, status.error);
        }

        return new DeleteCustomObjectsResult(results);
    }
}
