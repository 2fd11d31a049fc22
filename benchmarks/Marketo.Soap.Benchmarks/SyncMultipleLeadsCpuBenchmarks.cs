using BenchmarkDotNet.Attributes;
using Marketo.Soap.Benchmarks.Baseline;
using Marketo.Soap.Benchmarks.Workload;
using Marketo.Soap.Models;

namespace Marketo.Soap.Benchmarks;

/// <summary>
/// Client CPU per syncMultipleLeads call of 300 leads with five attributes each, in process and
/// with no network: build, sign and serialize the request, then parse a 300-status answer.
/// </summary>
/// <remarks>
/// The client runs its whole call path (validation, mapping, pacing, retry pipeline, WCF) over an
/// in-memory handler that drains the request body and answers pre-built bytes. The baseline writes
/// the same bytes to a pooled buffer and reads the same answer.
/// </remarks>
[MemoryDiagnoser]
public class SyncMultipleLeadsCpuBenchmarks
{
    private const int Leads = 300;

    private SyncMultipleLeadsRequest _request = null!;
    private byte[] _answer = null!;
    private RawMarketoCalls _raw = null!;
    private MarketoSoapClient _client = null!;

    [GlobalSetup]
    public void Setup()
    {
        _request = LeadWorkload.Request(Leads);
        _answer = LeadWorkload.Response(Leads);
        _raw = new RawMarketoCalls(BenchmarkCredentials.UserId, BenchmarkCredentials.EncryptionKey, TimeProvider.System);
        _client = new MarketoSoapClient(BenchmarkCredentials.Options(), logger: null, timeProvider: null, transport: _ => new InMemoryMarketo(_answer));
    }

    [GlobalCleanup]
    public void Cleanup() => _client.Dispose();

    [Benchmark(Baseline = true, Description = "XmlWriter/XmlReader (physical limit)")]
    public int Baseline() => _raw.SyncMultipleLeads(_request, _answer).Count;

    [Benchmark(Description = "MarketoSoapClient")]
    public async Task<int> Client() => (await _client.SyncMultipleLeadsAsync(_request).ConfigureAwait(false)).Results.Count;
}
