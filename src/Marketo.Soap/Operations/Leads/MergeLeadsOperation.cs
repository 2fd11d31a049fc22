using System.Globalization;
using Marketo.Soap.Models;
using Marketo.Soap.Pipeline;
using Marketo.Soap.Telemetry;
using Proxy = Marketo.Soap.Generated;

namespace Marketo.Soap.Operations;

/// <summary><c>mergeLeads</c>: merges one or more losing leads into a winning lead.</summary>
/// <remarks>
/// <para>Repeat-safety: <see cref="RepeatSafety.OnlyWhenUnapplied"/>. After a merge the losing
/// leads are gone, so a repeat of one that was applied but whose answer was lost fails in a way
/// that hides the success.</para>
/// <para>Keys go out as <c>Attribute</c> pairs (the <c>LeadKeyRef</c> name in <c>attrName</c>),
/// not as <c>LeadKey</c>: the winner as one list, each loser as one <c>keyList</c>.</para>
/// </remarks>
internal static class MergeLeadsOperation
{
    public const string Name = "mergeLeads";
    private const string ActivityName = "MarketoSoapClient.MergeLeads";
    private const string ParamName = "request";

    public static PreparedCall<MergeLeadsResult> Prepare(MergeLeadsRequest request)
    {
        Validate(request);
        var body = ToProxy(request);
        return new(
            Name,
            ActivityName,
            1 + request.LosingLeadKeys.Count,
            RepeatSafety.OnlyWhenUnapplied,
            async (port, header) => ToResult((await port.mergeLeadsAsync(new(header, body)).ConfigureAwait(false))?.successMergeLeads),
            result => RecordTally.Of(Name, [result], r => r.Succeeded, r => r.StatusText));
    }

    internal static void Validate(MergeLeadsRequest request)
    {
        LeadKeyRules.Validate(request.WinningLeadKeys, int.MaxValue, LeadKeyRules.AnyButCookie, LeadKeyRules.AnyButCookieText, ParamName, nameof(request.WinningLeadKeys));
        RequestGuard.BatchSize(request.LosingLeadKeys, int.MaxValue, ParamName, nameof(request.LosingLeadKeys), "losing leads");
        for (var i = 0; i < request.LosingLeadKeys.Count; i++)
        {
            var where = string.Create(CultureInfo.InvariantCulture, $"{nameof(request.LosingLeadKeys)}[{i}]");
            var keys = request.LosingLeadKeys[i];
            if (keys is null || keys.Count == 0)
            {
                throw RequestGuard.Invalid(i, where, "has no keys; every losing lead needs at least one", ParamName);
            }

            for (var k = 0; k < keys.Count; k++)
            {
                LeadKeyRules.ValidateKey(keys[k], i, string.Create(CultureInfo.InvariantCulture, $"{where}[{k}]"), LeadKeyRules.AnyButCookie, LeadKeyRules.AnyButCookieText, ParamName);
            }
        }
    }

    internal static Proxy.ParamsMergeLeads ToProxy(MergeLeadsRequest request)
    {
        var losers = new Proxy.Attribute[request.LosingLeadKeys.Count][];
        for (var i = 0; i < losers.Length; i++)
        {
            losers[i] = ToAttributes(request.LosingLeadKeys[i]);
        }

        return new Proxy.ParamsMergeLeads { winningLeadKeyList = ToAttributes(request.WinningLeadKeys), losingLeadKeyLists = losers };
    }

    internal static MergeLeadsResult ToResult(Proxy.SuccessMergeLeads? answer)
    {
        var status = AnswerGuard.Present(AnswerGuard.Present(answer?.result, "result", Name).mergeStatus, "mergeStatus", Name);
        var text = status.status ?? string.Empty;
        var parsed = text switch
        {
            "MERGED" => LeadMergeStatus.Merged,
            "FAILED" => LeadMergeStatus.Failed,
            _ => LeadMergeStatus.Unknown,
        };
        return new MergeLeadsResult(parsed, text, status.winningLeadId, status.losingLeadIdList ?? [], status.error);
    }

    private static Proxy.Attribute[] ToAttributes(IReadOnlyList<LeadKey> keys)
    {
        var attributes = new Proxy.Attribute[keys.Count];
        for (var i = 0; i < attributes.Length; i++)
        {
            attributes[i] = LeadKeyMapping.ToProxyAttribute(keys[i]);
        }

        return attributes;
    }
}
