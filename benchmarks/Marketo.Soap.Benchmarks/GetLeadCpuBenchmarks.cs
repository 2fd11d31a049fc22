using BenchmarkDotNet.Attributes;
using Marketo.Soap.Benchmarks.Workload;
using Marketo.Soap.Models;

namespace Marketo.Soap.Benchmarks;

/// <summary>Client CPU per getLead call by email, answered with the two leads that share it (five typed attributes each), in process and with no network.</summary>
[MemoryDiagnoser]
public class GetLeadCpuBenchmarks : InProcessCallBenchmarks
{
    private GetLeadRequest _request = null!;

    [Benchmark(Baseline = true, Description = "XmlWriter/XmlReader (physical limit)")]
    public int Baseline() => Raw.GetLead(_request, Answer).Count;

    [Benchmark(Description = "MarketoSoapClient (XmlSerializer)")]
    public async Task<int> Client() => (await SoapClient.GetLeadAsync(_request).ConfigureAwait(false)).Leads.Count;

    [Benchmark(Description = "MarketoSoapClient (generated)")]
    public async Task<int> Generated() => (await GeneratedClient.GetLeadAsync(_request).ConfigureAwait(false)).Leads.Count;

    protected override byte[] BuildWorkload()
    {
        _request = GetLeadWorkload.Request();
        return GetLeadWorkload.Response();
    }
}
