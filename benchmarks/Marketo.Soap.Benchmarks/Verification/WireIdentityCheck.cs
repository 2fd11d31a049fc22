using System.Text;
using Marketo.Soap.Benchmarks.Baseline;
using Marketo.Soap.Benchmarks.Workload;

namespace Marketo.Soap.Benchmarks.Verification;

/// <summary>
/// Proves the comparison is fair before anything is timed: under one stopped clock the baseline
/// must write exactly the bytes the client sends, and read the same statuses from the same answer.
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

        var leads = LeadWorkload.Request(300);
        var leadAnswer = LeadWorkload.Response(300);
        var leadWire = new CapturingMarketo(leadAnswer);
        using (var client = new MarketoSoapClient(BenchmarkCredentials.Options(), null, clock, _ => leadWire))
        {
            var result = await client.SyncMultipleLeadsAsync(leads).ConfigureAwait(false);
            CompareBytes("syncMultipleLeads", leadWire.LastRequest, output => raw.WriteLeadsRequest(output, leads), problems);
            var baseline = raw.SyncMultipleLeads(leads, leadAnswer);
            var same = result.Results.Select(r => (r.LeadId, r.StatusText, r.Error))
                .SequenceEqual(baseline.Select(s => ((int?)s.LeadId, s.Status, s.Error)));
            Check(same, "syncMultipleLeads: the baseline read other statuses than the client", problems);
        }

        var objects = MObjectWorkload.Request(100);
        var objectAnswer = MObjectWorkload.Response(100);
        var objectWire = new CapturingMarketo(objectAnswer);
        using (var client = new MarketoSoapClient(BenchmarkCredentials.Options(), null, clock, _ => objectWire))
        {
            var result = await client.SyncMObjectsAsync(objects).ConfigureAwait(false);
            CompareBytes("syncMObjects", objectWire.LastRequest, output => raw.WriteMObjectsRequest(output, objects), problems);
            var baseline = raw.SyncMObjects(objects, objectAnswer);
            var same = result.Results.Select(r => (r.Id, r.ExternalKey?.Name, r.ExternalKey?.Value, r.StatusText, r.Error))
                .SequenceEqual(baseline.Select(s => (s.Id, s.ExternalKeyName, s.ExternalKeyValue, s.Status, s.Error)));
            Check(same, "syncMObjects: the baseline read other statuses than the client", problems);
        }

        return problems;
    }

    private static void CompareBytes(string operation, byte[] client, Action<Stream> writeBaseline, List<string> problems)
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
        var start = Math.Max(0, at - 40);
        return Encoding.UTF8.GetString(bytes[start..Math.Min(bytes.Length, at + 40)]);
    }

    private static void Check(bool condition, string problem, List<string> problems)
    {
        if (!condition)
        {
            problems.Add(problem);
        }
    }
}
