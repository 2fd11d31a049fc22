using System.Text;
using Marketo.Soap.Benchmarks.Baseline;
using Marketo.Soap.Benchmarks.Workload;

namespace Marketo.Soap.Benchmarks.Verification;

/// <summary>
/// Proves the comparison is fair before anything is timed: under one stopped clock the baseline
/// must write exactly the bytes the client sends, and read the same results from the same answer,
/// for every operation with a benchmark pair.
/// </summary>
internal static class WireIdentityCheck
{
    private static readonly DateTimeOffset SigningTime = new(2026, 11, 22, 9, 30, 15, TimeSpan.FromHours(-8));

    /// <returns>Problems found; empty when the baseline matches the client.</returns>
    public static async Task<List<string>> RunAsync()
    {
        var problems = new List<string>();
        var clock = new FixedClock(SigningTime);
        var raw = new RawMarketoCalls(BenchmarkCredentials.UserId, BenchmarkCredentials.EncryptionKey, clock);
        var check = new Checker(clock, problems);

        var leads = LeadWorkload.Request(300);
        await check.OperationAsync(
            "syncMultipleLeads",
            LeadWorkload.Response(300),
            client => client.SyncMultipleLeadsAsync(leads),
            output => raw.WriteLeadsRequest(output, leads),
            answer => raw.SyncMultipleLeads(leads, answer),
            (result, baseline) => result.Results.Select(r => (r.LeadId, r.StatusText, r.Error))
                .SequenceEqual(baseline.Select(s => ((int?)s.LeadId, s.Status, s.Error)))).ConfigureAwait(false);

        var objects = MObjectWorkload.Request(100);
        await check.OperationAsync(
            "syncMObjects",
            MObjectWorkload.Response(100),
            client => client.SyncMObjectsAsync(objects),
            output => raw.WriteMObjectsRequest(output, objects),
            answer => raw.SyncMObjects(objects, answer),
            (result, baseline) => result.Results.Select(r => (r.Id, r.ExternalKey?.Name, r.ExternalKey?.Value, r.StatusText, r.Error))
                .SequenceEqual(baseline.Select(s => (s.Id, s.ExternalKeyName, s.ExternalKeyValue, s.Status, s.Error)))).ConfigureAwait(false);

        var getLead = GetLeadWorkload.Request();
        await check.OperationAsync(
            "getLead",
            GetLeadWorkload.Response(),
            client => client.GetLeadAsync(getLead),
            output => raw.WriteGetLeadRequest(output, getLead),
            answer => raw.GetLead(getLead, answer),
            (result, baseline) => baseline.Count == 2 && LeadSignature.Same(result.Leads, baseline)).ConfigureAwait(false);

        var page = GetMultipleLeadsWorkload.Request(1000);
        await check.OperationAsync(
            "getMultipleLeads",
            GetMultipleLeadsWorkload.Response(1000),
            client => GetMultipleLeadsWorkload.FirstPageAsync(client, page),
            output => raw.WriteGetMultipleLeadsRequest(output, page),
            answer => raw.GetMultipleLeads(page, answer),
            (result, baseline) => baseline.Leads.Count == 1000 && result.RemainingCount == baseline.RemainingCount
                && result.ContinuationToken is null && LeadSignature.Same(result.Values, baseline.Leads)).ConfigureAwait(false);

        var syncLead = SyncLeadWorkload.Request();
        await check.OperationAsync(
            "syncLead",
            SyncLeadWorkload.Response(),
            client => client.SyncLeadAsync(syncLead),
            output => raw.WriteSyncLeadRequest(output, syncLead),
            answer => raw.SyncLead(syncLead, answer),
            (result, baseline) => (result.LeadId, result.StatusText, result.Error) == (baseline.LeadId, baseline.Status.Status, baseline.Status.Error)
                && result.Lead is { } lead && baseline.Lead is { } rawLead && LeadSignature.Of(lead) == LeadSignature.Of(rawLead)).ConfigureAwait(false);

        var campaign = RequestCampaignWorkload.Request();
        await check.OperationAsync(
            "requestCampaign",
            RequestCampaignWorkload.Response(),
            client => client.RequestCampaignAsync(campaign),
            output => raw.WriteRequestCampaignRequest(output, campaign),
            answer => raw.RequestCampaign(campaign, answer),
            (result, baseline) => result.Success && baseline).ConfigureAwait(false);

        return problems;
    }

    private sealed class Checker(TimeProvider clock, List<string> problems)
    {
        public async Task OperationAsync<TClient, TBaseline>(
            string operation,
            byte[] answer,
            Func<MarketoSoapClient, Task<TClient>> call,
            Action<Stream> writeBaseline,
            Func<byte[], TBaseline> readBaseline,
            Func<TClient, TBaseline, bool> same)
        {
            var wire = new CapturingMarketo(answer);
            using var client = new MarketoSoapClient(BenchmarkCredentials.Options(), null, clock, _ => wire);
            var result = await call(client).ConfigureAwait(false);
            CompareBytes(operation, wire.LastRequest, writeBaseline);
            if (!same(result, readBaseline(answer)))
            {
                problems.Add($"{operation}: the baseline read another result than the client");
            }
        }

        private void CompareBytes(string operation, byte[] client, Action<Stream> writeBaseline)
        {
            using var output = new PooledBufferStream();
            writeBaseline(output);
            var baseline = output.WrittenMemory.Span;
            if (baseline.SequenceEqual(client))
            {
                return;
            }

            var at = baseline.CommonPrefixLength(client);
            problems.Add($"{operation}: the baseline's request differs from the client's at byte {at} " +
                $"(client {client.Length} bytes: …{Excerpt(client, at)}…; baseline {baseline.Length} bytes: …{Excerpt(baseline, at)}…)");
        }

        private static string Excerpt(ReadOnlySpan<byte> bytes, int at)
        {
            var start = Math.Max(0, at - 60);
            return Encoding.UTF8.GetString(bytes[start..Math.Min(bytes.Length, at + 60)]);
        }
    }
}
