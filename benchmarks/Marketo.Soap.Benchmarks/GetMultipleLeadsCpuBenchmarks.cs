using BenchmarkDotNet.Attributes;
using Marketo.Soap.Benchmarks.Workload;
using Marketo.Soap.Models;

namespace Marketo.Soap.Benchmarks;

/// <summary>
/// Client CPU per getMultipleLeads page of 1,000 leads (five typed attributes each) from a static
/// list, in process and with no network: one page read through the pageable, as a reader takes it.
/// </summary>
[MemoryDiagnoser]
public class GetMultipleLeadsCpuBenchmarks : InProcessCallBenchmarks
{
    private const int PageSize = GetMultipleLeadsRequest.MaxBatchSize;

    private GetMultipleLeadsRequest _request = null!;

    [Benchmark(Baseline = true, Description = "XmlWriter/XmlReader (physical limit)")]
    public int Baseline() => Raw.GetMultipleLeads(_request, Answer).Leads.Count;

    [Benchmark(Description = "MarketoSoapClient (XmlSerializer)")]
    public async Task<int> Client() => (await GetMultipleLeadsWorkload.FirstPageAsync(SoapClient, _request).ConfigureAwait(false)).Values.Count;

    [Benchmark(Description = "MarketoSoapClient (generated)")]
    public async Task<int> Generated() => (await GetMultipleLeadsWorkload.FirstPageAsync(GeneratedClient, _request).ConfigureAwait(false)).Values.Count;

    protected override byte[] BuildWorkload()
    {
        _request = GetMultipleLeadsWorkload.Request(PageSize);
        return GetMultipleLeadsWorkload.Response(PageSize);
    }
}
