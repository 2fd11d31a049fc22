using Marketo.Soap.Models;
using Marketo.Soap.Pipeline;
using Proxy = Marketo.Soap.Generated;

namespace Marketo.Soap.Operations;

/// <summary>
/// <c>getLeadActivity</c>: reads one lead's activity history, newest first, one page per call,
/// over the complex <c>StreamPosition</c>.
/// </summary>
/// <remarks>
/// <para>Repeat-safety: <see cref="RepeatSafety.Safe"/>. A read changes nothing in Marketo.</para>
/// <para>The first page is asked for without a position; every later page sends back the whole
/// <c>newStartPosition</c> of the page before, as Marketo's own paging sample does, carried in
/// between as a token (<see cref="StreamPositionToken"/>). The answer's list is
/// <c>leadActivityList</c>, not <c>result</c>. <c>remainingCount</c> is exact only when one type
/// is included; otherwise it only says whether more exist, so pages report it only then.</para>
/// </remarks>
internal static class GetLeadActivityOperation
{
    public const string Name = "getLeadActivity";
    private const string ActivityName = "MarketoSoapClient.GetLeadActivity";
    private const string ParamName = "request";

    public static void Validate(GetLeadActivityRequest request)
    {
        LeadKeyRules.Validate(request.Lead, nameof(request.Lead), ParamName);
        ActivityFilterRules.Validate(request.IncludeTypes, request.ExcludeTypes, ParamName);
        LeadReadRules.BatchSize(request.BatchSize, GetLeadActivityRequest.MaxBatchSize, ParamName);
    }

    /// <summary>One page's call; <paramref name="continuationToken"/> is null for the first page. The request is already validated.</summary>
    /// <exception cref="MarketoRequestValidationException">The token is not one this read handed out.</exception>
    public static PreparedCall<MarketoPage<LeadActivity>> PreparePage(GetLeadActivityRequest request, string? continuationToken)
    {
        var body = new Proxy.ParamsGetLeadActivity
        {
            leadKey = LeadKeyMapping.ToProxy(request.Lead),
            activityFilter = ActivityMapping.ToProxy(request.IncludeTypes, request.ExcludeTypes),
            startPosition = continuationToken is null ? null : StreamPositionToken.Decode(continuationToken, Name),
            batchSize = request.BatchSize,
            batchSizeSpecified = true,
        };
        var exactCount = request.IncludeTypes.Count == 1;
        return new(
            Name,
            ActivityName,
            recordCount: 0,
            RepeatSafety.Safe,
            async (port, header) => ToPage((await port.getLeadActivityAsync(new(header, body)).ConfigureAwait(false))?.successGetLeadActivity, exactCount));
    }

    internal static MarketoPage<LeadActivity> ToPage(Proxy.SuccessGetLeadActivity? answer, bool exactCount)
    {
        var list = AnswerGuard.Required(answer?.leadActivityList, "leadActivityList", Name);
        var records = list.activityRecordList ?? [];
        var activities = new LeadActivity[records.Length];
        for (var i = 0; i < activities.Length; i++)
        {
            activities[i] = ActivityMapping.FromProxy(records[i]);
        }

        return new MarketoPage<LeadActivity>(activities, StreamPositionToken.Next(list.newStartPosition, list.remainingCount, Name), exactCount ? list.remainingCount : null);
    }
}
