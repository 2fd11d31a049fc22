using Marketo.Soap.Models;
using Marketo.Soap.Pipeline;
using Proxy = Marketo.Soap.Generated;

namespace Marketo.Soap.Operations;

/// <summary>
/// <c>getCustomObjects</c>: reads the records of one custom object that match one key list, one
/// page per call, over Marketo's string stream position.
/// </summary>
/// <remarks>
/// <para>Repeat-safety: <see cref="RepeatSafety.Safe"/>. A read changes nothing in Marketo, and a
/// page asked for again from the same position is the same page.</para>
/// <para>The continuation token is Marketo's <c>newStreamPosition</c> exactly as sent (a JSON-like
/// text such as <c>{"ky":["1090177"],"os":6}</c>, never edited or cut). Each page sends the type,
/// keys, batch size and fields again beside it. The last page is the one with
/// <c>remainingCount</c> 0. The key list goes out as one <c>customObjKeyList</c>, the schema's
/// name, not the <c>customObjKeyLists</c> of Marketo's parameter table (operations facts §7.1).
/// <c>includeAttributes</c> is always sent, empty for every field, as the schema requires.</para>
/// </remarks>
internal static class GetCustomObjectsOperation
{
    public const string Name = "getCustomObjects";
    private const string ActivityName = "MarketoSoapClient.GetCustomObjects";
    private const string ParamName = "request";

    public static void Validate(GetCustomObjectsRequest request)
    {
        CustomObjectRules.TypeName(request.ObjectTypeName);
        if (request.Keys is null || request.Keys.Count == 0)
        {
            throw RequestGuard.InvalidRequest("The request's Keys hold no key field; what Marketo returns without a key list is undocumented.", ParamName, "Keys");
        }

        for (var k = 0; k < request.Keys.Count; k++)
        {
            var key = request.Keys[k] ?? throw RequestGuard.InvalidRequest($"The request's Keys[{k}] is null.", ParamName, $"Keys[{k}]");
            RequestGuard.Field(key.Name, $"Keys[{k}].Name", ParamName, required: true);
            RequestGuard.Field(key.Value, $"Keys[{k}].Value", ParamName, required: true);
        }

        LeadReadRules.Names(request.IncludeAttributes, nameof(request.IncludeAttributes), ParamName);
        LeadReadRules.BatchSize(request.BatchSize, GetCustomObjectsRequest.MaxBatchSize, ParamName);
    }

    /// <summary>One page's call; <paramref name="streamPosition"/> is null for the first page. The request is already validated.</summary>
    public static PreparedCall<MarketoPage<CustomObject>> PreparePage(GetCustomObjectsRequest request, string? streamPosition)
    {
        var body = ToProxy(request, streamPosition);
        return new(
            Name,
            ActivityName,
            recordCount: 0,
            RepeatSafety.Safe,
            async (port, header) => ToPage((await port.getCustomObjectsAsync(new(header, body)).ConfigureAwait(false))?.successGetCustomObjects));
    }

    internal static Proxy.ParamsGetCustomObjects ToProxy(GetCustomObjectsRequest request, string? streamPosition) => new()
    {
        objTypeName = request.ObjectTypeName,
        streamPosition = streamPosition,
        batchSize = request.BatchSize,
        batchSizeSpecified = true,
        customObjKeyList = CustomObjectMapping.ToProxy(request.Keys),
        includeAttributes = [.. request.IncludeAttributes],
    };

    internal static MarketoPage<CustomObject> ToPage(Proxy.SuccessGetCustomObjects? answer)
    {
        var result = AnswerGuard.Required(answer?.result, "result", Name);
        var records = result.customObjList ?? [];
        var objects = new CustomObject[records.Length];
        for (var i = 0; i < objects.Length; i++)
        {
            var record = records[i];
            objects[i] = new CustomObject(CustomObjectMapping.FromProxy(record?.customObjKeyList), CustomObjectMapping.FromProxy(record?.customObjAttributeList));
        }

        // The last page still carries a position (the recorded answers do); nothing remaining ends the read.
        var next = AnswerGuard.NextStreamPosition(result.newStreamPosition, result.remainingCount, Name);
        return new MarketoPage<CustomObject>(objects, next, result.remainingCount);
    }
}
