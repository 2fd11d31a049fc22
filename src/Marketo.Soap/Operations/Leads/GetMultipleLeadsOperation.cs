using Marketo.Soap.Models;
using Marketo.Soap.Pipeline;
using Proxy = Marketo.Soap.Generated;

namespace Marketo.Soap.Operations;

/// <summary>
/// <c>getMultipleLeads</c>: reads the leads a selector chooses, one page per call, over Marketo's
/// string stream position.
/// </summary>
/// <remarks>
/// <para>Repeat-safety: <see cref="RepeatSafety.Safe"/>. A read changes nothing in Marketo, and a
/// page asked for again from the same position is the same page.</para>
/// <para>The continuation token is Marketo's <c>newStreamPosition</c> exactly as sent (it already
/// carries the selector's window and the count read so far). Each page sends the request's
/// selector, batch size and fields again beside it, as Marketo's own samples do. The last page is
/// the one with <c>remainingCount</c> 0.</para>
/// </remarks>
internal static class GetMultipleLeadsOperation
{
    public const string Name = "getMultipleLeads";
    private const string ActivityName = "MarketoSoapClient.GetMultipleLeads";
    private const string ParamName = "request";

    public static void Validate(GetMultipleLeadsRequest request)
    {
        LeadSelectorRules.Validate(request.Selector, nameof(request.Selector), ParamName);
        LeadReadRules.Names(request.IncludeAttributes, nameof(request.IncludeAttributes), ParamName);
        LeadReadRules.BatchSize(request.BatchSize, GetMultipleLeadsRequest.MaxBatchSize, ParamName);
    }

    /// <summary>One page's call; <paramref name="streamPosition"/> is null for the first page. The request is already validated.</summary>
    public static PreparedCall<MarketoPage<LeadRecord>> PreparePage(GetMultipleLeadsRequest request, string? streamPosition)
    {
        var body = ToProxy(request, streamPosition);
        return new(
            Name,
            ActivityName,
            recordCount: 0,
            RepeatSafety.Safe,
            async (port, header) => ToPage((await port.getMultipleLeadsAsync(new(header, body)).ConfigureAwait(false))?.successGetMultipleLeads));
    }

    internal static Proxy.ParamsGetMultipleLeads ToProxy(GetMultipleLeadsRequest request, string? streamPosition) => new()
    {
        leadSelector = LeadSelectorMapping.ToProxy(request.Selector),
        streamPosition = streamPosition,
        batchSize = request.BatchSize,
        batchSizeSpecified = true,
        includeAttributes = request.IncludeAttributes.Count == 0 ? null : [.. request.IncludeAttributes],
    };

    internal static MarketoPage<LeadRecord> ToPage(Proxy.SuccessGetMultipleLeads? answer)
    {
        var result = AnswerGuard.Required(answer?.result, "result", Name);
        var records = result.leadRecordList ?? [];
        var leads = new LeadRecord[records.Length];
        for (var i = 0; i < leads.Length; i++)
        {
            leads[i] = LeadRecordMapping.FromProxy(records[i]);
        }

        // The last page's position is an empty element, and a page with nothing remaining ends the read.
        var next = AnswerGuard.NextStreamPosition(result.newStreamPosition, result.remainingCount, Name);
        return new MarketoPage<LeadRecord>(leads, next, result.remainingCount);
    }
}
