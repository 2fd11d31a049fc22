using BenchmarkDotNet.Attributes;
using Marketo.Soap.Benchmarks.Baseline;
using Marketo.Soap.Benchmarks.Workload;
using Marketo.Soap.Models;

namespace Marketo.Soap.Benchmarks;

/// <summary>
/// Client CPU per syncMObjects UPSERT of 100 opportunities, in process and with no network, as
/// <see cref="SyncMultipleLeadsCpuBenchmarks"/> measures leads.
/// </summary>
[MemoryDiagnoser]
public class SyncMObjectsCpuBenchmarks
{
    private const int Objects = 100;

    private SyncMObjectsRequest _request = null!;
    private byte[] _answer = null!;
    private RawMarketoCalls _raw = null!;
    private MarketoSoapClient _client = null!;

    [GlobalSetup]
    public void Setup()
    {
        _request = MObjectWorkload.Request(Objects);
        _answer = MObjectWorkload.Response(Objects);
        _raw = new RawMarketoCalls(BenchmarkCredentials.UserId, BenchmarkCredentials.EncryptionKey, TimeProvider.System);
        _client = new MarketoSoapClient(BenchmarkCredentials.Options(), logger: null, timeProvider: null, transport: _ => new InMemoryMarketo(_answer));
    }

    [GlobalCleanup]
    public void Cleanup() => _client.Dispose();

    [Benchmark(Baseline = true, Description = "XmlWriter/XmlReader (physical limit)")]
    public int Baseline() => _raw.SyncMObjects(_request, _answer).Count;

    [Benchmark(Description = "MarketoSoapClient")]
    public async Task<int> Client() => (await _client.SyncMObjectsAsync(_request).ConfigureAwait(false)).Results.Count;
}
