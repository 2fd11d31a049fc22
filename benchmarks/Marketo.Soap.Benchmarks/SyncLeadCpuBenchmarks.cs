using BenchmarkDotNet.Attributes;
using Marketo.Soap.Benchmarks.Workload;
using Marketo.Soap.Models;

namespace Marketo.Soap.Benchmarks;

/// <summary>Client CPU per syncLead call of one lead with five attributes and a cookie, the lead read back in the answer, in process and with no network.</summary>
[MemoryDiagnoser]
public class SyncLeadCpuBenchmarks : InProcessCallBenchmarks
{
    private SyncLeadRequest _request = null!;

    [Benchmark(Baseline = true, Description = "XmlWriter/XmlReader (physical limit)")]
    public int Baseline() => Raw.SyncLead(_request, Answer).LeadId;

    [Benchmark(Description = "MarketoSoapClient (XmlSerializer)")]
    public async Task<int> Client() => (await SoapClient.SyncLeadAsync(_request).ConfigureAwait(false)).LeadId;

    [Benchmark(Description = "MarketoSoapClient (generated)")]
    public async Task<int> Generated() => (await GeneratedClient.SyncLeadAsync(_request).ConfigureAwait(false)).LeadId;

    protected override byte[] BuildWorkload()
    {
        _request = SyncLeadWorkload.Request();
        return SyncLeadWorkload.Response();
    }
}
