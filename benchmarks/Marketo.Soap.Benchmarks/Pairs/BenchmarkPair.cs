namespace Marketo.Soap.Benchmarks.Pairs;

/// <summary>One benchmark class as <see cref="CpuTimePairs"/> drives it: its three benchmark methods, set up.</summary>
internal sealed class BenchmarkPair : IDisposable
{
    private readonly InProcessCallBenchmarks _benchmarks;
    private readonly Func<Task> _baseline;
    private readonly Func<Task> _client;
    private readonly Func<Task> _generated;

    private BenchmarkPair(string name, InProcessCallBenchmarks benchmarks, Func<Task> baseline, Func<Task> client, Func<Task> generated)
    {
        (Name, _benchmarks, _baseline, _client, _generated) = (name, benchmarks, baseline, client, generated);
        benchmarks.Setup();
    }

    public string Name { get; }

    /// <summary>Every CPU benchmark class, the two sync operations first.</summary>
    public static List<BenchmarkPair> All()
    {
        var leads = new SyncMultipleLeadsCpuBenchmarks();
        var objects = new SyncMObjectsCpuBenchmarks();
        var getLead = new GetLeadCpuBenchmarks();
        var page = new GetMultipleLeadsCpuBenchmarks();
        var syncLead = new SyncLeadCpuBenchmarks();
        var campaign = new RequestCampaignCpuBenchmarks();
        return
        [
            new("syncMultipleLeads (300)", leads, () => Task.FromResult(leads.Baseline()), leads.Client, leads.Generated),
            new("syncMObjects (100)", objects, () => Task.FromResult(objects.Baseline()), objects.Client, objects.Generated),
            new("getLead", getLead, () => Task.FromResult(getLead.Baseline()), getLead.Client, getLead.Generated),
            new("getMultipleLeads (1,000)", page, () => Task.FromResult(page.Baseline()), page.Client, page.Generated),
            new("syncLead", syncLead, () => Task.FromResult(syncLead.Baseline()), syncLead.Client, syncLead.Generated),
            new("requestCampaign (100)", campaign, () => Task.FromResult(campaign.Baseline()), campaign.Client, campaign.Generated),
        ];
    }

    /// <summary>"baseline", "XmlSerializer" or "generated".</summary>
    public Func<Task> Call(string variant) => variant switch
    {
        "baseline" => _baseline,
        "XmlSerializer" => _client,
        _ => _generated,
    };

    public void Dispose() => _benchmarks.Cleanup();
}
