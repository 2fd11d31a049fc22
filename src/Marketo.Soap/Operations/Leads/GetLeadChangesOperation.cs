using Marketo.Soap.Models;
using Marketo.Soap.Pipeline;
using Proxy = Marketo.Soap.Generated;

namespace Marketo.Soap.Operations;

/// <summary>
/// <c>getLeadChanges</c>: reads new leads, changed values and other activities across leads,
/// oldest first, one page per call, over the complex <c>StreamPosition</c>.
/// </summary>
/// <remarks>
/// <para>Repeat-safety: <see cref="RepeatSafety.Safe"/>. A read changes nothing in Marketo.</para>
/// <para>Marketo requires a <c>startPosition</c> even on the first call: it carries the request's
/// <see cref="GetLeadChangesRequest.Since"/> as <c>oldestCreatedAt</c> (and
/// <see cref="GetLeadChangesRequest.Until"/> as <c>latestCreatedAt</c>). Later pages send back the
/// whole <c>newStartPosition</c> Marketo returned; Marketo leaves <c>latestCreatedAt</c> nil in it,
/// so the request's <c>Until</c> is put back where Marketo sent none, to keep the window's end.</para>
/// </remarks>
internal static class GetLeadChangesOperation
{
    public const string Name = "getLeadChanges";
    private const string ActivityName = "MarketoSoapClient.GetLeadChanges";
    private const string ParamName = "request";

    public static void Validate(GetLeadChangesRequest request)
    {
        LeadReadRules.Window(request.Since, request.Until, nameof(request.Until), ParamName);
        LeadReadRules.Names(request.ActivityNames, nameof(request.ActivityNames), ParamName);
        ActivityFilterRules.Validate(request.IncludeTypes, request.ExcludeTypes, ParamName);
        if (request.ActivityNames.Count > 0 && (request.IncludeTypes.Count > 0 || request.ExcludeTypes.Count > 0))
        {
            // How Marketo combines the two filters is not documented, so the read's meaning would be a guess.
            throw new MarketoRequestValidationException("ActivityNames and a type filter are both given; Marketo does not say how it combines them. Use one.", ParamName, null, nameof(request.ActivityNames));
        }

        if (request.Selector is not null)
        {
            LeadSelectorRules.Validate(request.Selector, nameof(request.Selector), ParamName);
        }

        LeadReadRules.BatchSize(request.BatchSize, GetLeadChangesRequest.MaxBatchSize, ParamName);
    }

    /// <summary>One page's call; <paramref name="continuationToken"/> is null for the first page. The request is already validated.</summary>
    /// <exception cref="MarketoRequestValidationException">The token is not one this read handed out.</exception>
    public static PreparedCall<MarketoPage<LeadChange>> PreparePage(GetLeadChangesRequest request, string? continuationToken)
    {
        var body = new Proxy.ParamsGetLeadChanges
        {
            startPosition = StartPosition(request, continuationToken),
            activityFilter = ActivityMapping.ToProxy(request.IncludeTypes, request.ExcludeTypes),
            activityNameFilter = request.ActivityNames.Count == 0 ? null : [.. request.ActivityNames],
            batchSize = request.BatchSize,
            batchSizeSpecified = true,
            leadSelector = request.Selector is null ? null : LeadSelectorMapping.ToProxy(request.Selector),
        };
        return new(
            Name,
            ActivityName,
            recordCount: 0,
            RepeatSafety.Safe,
            async (port, header) => ToPage((await port.getLeadChangesAsync(new(header, body)).ConfigureAwait(false))?.successGetLeadChanges));
    }

    internal static Proxy.StreamPosition StartPosition(GetLeadChangesRequest request, string? continuationToken)
    {
        var position = continuationToken is null
            ? new Proxy.StreamPosition { oldestCreatedAt = WireTime.ToWire(request.Since), oldestCreatedAtSpecified = true }
            : StreamPositionToken.Decode(continuationToken, Name);
        if (request.Until is { } until && position.latestCreatedAt is null)
        {
            position.latestCreatedAt = WireTime.ToWire(until);
            position.latestCreatedAtSpecified = true;
        }

        return position;
    }

    internal static MarketoPage<LeadChange> ToPage(Proxy.SuccessGetLeadChanges? answer)
    {
        var result = AnswerGuard.Required(answer?.result, "result", Name);
        var records = result.leadChangeRecordList ?? [];
        var changes = new LeadChange[records.Length];
        for (var i = 0; i < changes.Length; i++)
        {
            changes[i] = ActivityMapping.FromProxy(records[i]);
        }

        return new MarketoPage<LeadChange>(changes, StreamPositionToken.Next(result.newStartPosition, result.remainingCount, Name), result.remainingCount);
    }
}
