using BenchmarkDotNet.Attributes;
using Marketo.Soap.Benchmarks.Workload;
using Marketo.Soap.Models;

namespace Marketo.Soap.Benchmarks;

/// <summary>Client CPU per requestCampaign call for 100 leads by id with two program tokens, in process and with no network.</summary>
[MemoryDiagnoser]
public class RequestCampaignCpuBenchmarks : InProcessCallBenchmarks
{
    private RequestCampaignRequest _request = null!;

    [Benchmark(Baseline = true, Description = "XmlWriter/XmlReader (physical limit)")]
    public bool Baseline() => Raw.RequestCampaign(_request, Answer);

    [Benchmark(Description = "MarketoSoapClient (XmlSerializer)")]
    public async Task<bool> Client() => (await SoapClient.RequestCampaignAsync(_request).ConfigureAwait(false)).Success;

    [Benchmark(Description = "MarketoSoapClient (generated)")]
    public async Task<bool> Generated() => (await GeneratedClient.RequestCampaignAsync(_request).ConfigureAwait(false)).Success;

    protected override byte[] BuildWorkload()
    {
        _request = RequestCampaignWorkload.Request();
        return RequestCampaignWorkload.Response();
    }
}
