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
        // Read once: validation and the body use these copies (see RequestGuard.ReadBatch).
        var (winner, losers) = Validate(request);
        var body = ToProxy(winner, losers);
        return new(
            Name,
            ActivityName,
            1 + losers.Length,
            RepeatSafety.OnlyWhenUnapplied,
            async (port, header) => ToResult((await port.mergeLeadsAsync(new(header, body)).ConfigureAwait(false))?.successMergeLeads),
            result => RecordTally.Of([result], r => r.Succeeded, r => r.StatusText));
    }

    /// <returns>The winner's keys and each loser's keys, copied once from the caller's lists and all valid.</returns>
    internal static (LeadKey[] Winner, LeadKey[][] Losers) Validate(MergeLeadsRequest request)
    {
        var winner = LeadKeyRules.Validate(request.WinningLeadKeys, int.MaxValue, LeadKeyRules.AnyButCookie, LeadKeyRules.AnyButCookieText, ParamName, nameof(request.WinningLeadKeys));
        var lists = RequestGuard.ReadBatch(request.LosingLeadKeys, int.MaxValue, ParamName, nameof(request.LosingLeadKeys), "losing leads");
        var losers = new LeadKey[lists.Length][];
        for (var i = 0; i < lists.Length; i++)
        {
            var where = string.Create(CultureInfo.InvariantCulture, $"{nameof(request.LosingLeadKeys)}[{i}]");
            if (lists[i] is not { Count: > 0 } keys)
            {
                throw RequestGuard.Invalid(i, where, "has no keys; every losing lead needs at least one", ParamName);
            }

            losers[i] = [.. keys];
            for (var k = 0; k < losers[i].Length; k++)
            {
                LeadKeyRules.ValidateKey(losers[i][k], i, where, k, LeadKeyRules.AnyButCookie, LeadKeyRules.AnyButCookieText, ParamName);
            }
        }

        return (winner, losers);
    }

    internal static Proxy.ParamsMergeLeads ToProxy(LeadKey[] winner, LeadKey[][] losers)
    {
        var lists = new Proxy.Attribute[losers.Length][];
        for (var i = 0; i < lists.Length; i++)
        {
            lists[i] = ToAttributes(losers[i]);
        }

        return new Proxy.ParamsMergeLeads { winningLeadKeyList = ToAttributes(winner), losingLeadKeyLists = lists };
    }

    internal static MergeLeadsResult ToResult(Proxy.SuccessMergeLeads? answer)
    {
        var status = AnswerGuard.Required(AnswerGuard.Required(answer?.result, "result", Name).mergeStatus, "mergeStatus", Name);
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
