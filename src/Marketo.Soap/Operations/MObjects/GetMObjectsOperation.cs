using Marketo.Soap.Models;
using Marketo.Soap.Pipeline;
using Proxy = Marketo.Soap.Generated;

namespace Marketo.Soap.Operations;

/// <summary>
/// <c>getMObjects</c>: reads opportunities, opportunity person roles or programs, 100 a page, over
/// Marketo's string stream position.
/// </summary>
/// <remarks>
/// <para>Repeat-safety: <see cref="RepeatSafety.Safe"/>. A read changes nothing in Marketo, and a
/// page asked for again from the same position is the same page.</para>
/// <para>The continuation token is Marketo's <c>newStreamPosition</c> exactly as sent: an opaque
/// text of several kilobytes in Marketo's documented sample, so it is never cut, trimmed or
/// re-encoded. Each page sends the request's selection again beside it. The last page is the one
/// with <c>hasMore</c> false, whatever its position says: Marketo's sample ends with
/// <c>hasMore</c> false and still carries a full position (operations facts §6.1).</para>
/// </remarks>
internal static class GetMObjectsOperation
{
    public const string Name = "getMObjects";
    private const string ActivityName = "MarketoSoapClient.GetMObjects";

    public static void Validate(GetMObjectsRequest request) => MObjectQueryRules.Validate(request);

    /// <summary>One page's call; <paramref name="streamPosition"/> is null for the first page. The request is already validated.</summary>
    public static PreparedCall<MarketoPage<MObjectRecord>> PreparePage(GetMObjectsRequest request, string? streamPosition)
    {
        var body = ToProxy(request, streamPosition);
        return new(
            Name,
            ActivityName,
            recordCount: 0,
            RepeatSafety.Safe,
            async (port, header) => ToPage((await port.getMObjectsAsync(new(header, body)).ConfigureAwait(false))?.successGetMObjects));
    }

    internal static Proxy.ParamsGetMObjects ToProxy(GetMObjectsRequest request, string? streamPosition) => new()
    {
        type = request.Type,
        id = request.Id.GetValueOrDefault(),
        idSpecified = request.Id.HasValue,
        externalKey = MObjectRecordMapping.ToProxyOrNull(request.ExternalKey),
        mObjCriteriaList = request.Criteria.Count == 0 ? null : MObjectRecordMapping.Map(request.Criteria, ToProxy),
        mObjAssociationList = request.Associations.Count == 0 ? null : MObjectRecordMapping.Map(request.Associations, MObjectRecordMapping.ToProxy),
        includeDetails = request.IncludeDetails,
        includeDetailsSpecified = request.IncludeDetails,
        streamPosition = string.IsNullOrEmpty(streamPosition) ? null : streamPosition,
    };

    internal static MarketoPage<MObjectRecord> ToPage(Proxy.SuccessGetMObjects? answer)
    {
        var result = AnswerGuard.Required(answer?.result, "result", Name);
        var records = result.mObjectList ?? [];
        var objects = new MObjectRecord[records.Length];
        for (var i = 0; i < objects.Length; i++)
        {
            objects[i] = MObjectRecordMapping.FromProxy(AnswerGuard.Status(records[i], i, Name));
        }

        // hasMore alone ends the read; a position without it continues nothing (see remarks).
        var next = result.hasMore
            ? AnswerGuard.Continuation(string.IsNullOrEmpty(result.newStreamPosition) ? null : result.newStreamPosition, Name)
            : null;
        return new MarketoPage<MObjectRecord>(objects, next, remainingCount: null);
    }

    private static Proxy.MObjCriteria ToProxy(MObjectCriterion criterion) => new()
    {
        attrName = criterion.AttributeName,
        comparison = criterion.Comparison switch
        {
            MObjectComparison.Equal => Proxy.ComparisonEnum.EQ,
            MObjectComparison.NotEqual => Proxy.ComparisonEnum.NE,
            MObjectComparison.LessThan => Proxy.ComparisonEnum.LT,
            MObjectComparison.LessThanOrEqual => Proxy.ComparisonEnum.LE,
            MObjectComparison.GreaterThan => Proxy.ComparisonEnum.GT,
            MObjectComparison.GreaterThanOrEqual => Proxy.ComparisonEnum.GE,
            _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion.Comparison, "Not an MObjectComparison value."),
        },
        attrValue = criterion.Value,
    };
}
