using BenchmarkDotNet.Attributes;
using Marketo.Soap.Benchmarks.Workload;
using Marketo.Soap.Models;

namespace Marketo.Soap.Benchmarks;

/// <summary>
/// Client CPU per syncMObjects UPSERT of 100 opportunities, in process and with no network, as
/// <see cref="SyncMultipleLeadsCpuBenchmarks"/> measures leads.
/// </summary>
[MemoryDiagnoser]
public class SyncMObjectsCpuBenchmarks : InProcessCallBenchmarks
{
    private const int Objects = 100;

    private SyncMObjectsRequest _request = null!;

    [Benchmark(Baseline = true, Description = "XmlWriter/XmlReader (physical limit)")]
    public int Baseline() => Raw.SyncMObjects(_request, Answer).Count;

    [Benchmark(Description = "MarketoSoapClient (XmlSerializer)")]
    public async Task<int> Client() => (await SoapClient.SyncMObjectsAsync(_request).ConfigureAwait(false)).Results.Count;

    [Benchmark(Description = "MarketoSoapClient (generated)")]
    public async Task<int> Generated() => (await GeneratedClient.SyncMObjectsAsync(_request).ConfigureAwait(false)).Results.Count;

    protected override byte[] BuildWorkload()
    {
        _request = MObjectWorkload.Request(Objects);
        return MObjectWorkload.Response(Objects);
    }
}
