using BenchmarkDotNet.Attributes;
using Marketo.Soap.Benchmarks.Workload;
using Marketo.Soap.Models;

namespace Marketo.Soap.Benchmarks;

/// <summary>
/// Client CPU per syncMultipleLeads call of 300 leads with five attributes each, in process and
/// with no network: build, sign and serialize the request, then parse a 300-status answer.
/// </summary>
[MemoryDiagnoser]
public class SyncMultipleLeadsCpuBenchmarks : InProcessCallBenchmarks
{
    private const int Leads = 300;

    private SyncMultipleLeadsRequest _request = null!;

    [Benchmark(Baseline = true, Description = "XmlWriter/XmlReader (physical limit)")]
    public int Baseline() => Raw.SyncMultipleLeads(_request, Answer).Count;

    [Benchmark(Description = "MarketoSoapClient (XmlSerializer)")]
    public async Task<int> Client() => (await SoapClient.SyncMultipleLeadsAsync(_request).ConfigureAwait(false)).Results.Count;

    [Benchmark(Description = "MarketoSoapClient (generated)")]
    public async Task<int> Generated() => (await GeneratedClient.SyncMultipleLeadsAsync(_request).ConfigureAwait(false)).Results.Count;

    protected override byte[] BuildWorkload()
    {
        _request = LeadWorkload.Request(Leads);
        return LeadWorkload.Response(Leads);
    }
}
