using BenchmarkDotNet.Configs;

namespace Marketo.Soap.Benchmarks.Configuration;

/// <summary>Every BenchmarkDotNet scenario with the configuration it runs under.</summary>
internal static class Scenarios
{
    public static IEnumerable<(Type Type, IConfig Config)> BenchmarkDotNet(bool smoke)
    {
        var cpu = smoke ? SmokeConfig.Create() : DefaultConfig.Instance;
        yield return (typeof(SyncMultipleLeadsCpuBenchmarks), cpu);
        yield return (typeof(SyncMObjectsCpuBenchmarks), cpu);
        yield return (typeof(GetLeadCpuBenchmarks), cpu);
        yield return (typeof(GetMultipleLeadsCpuBenchmarks), cpu);
        yield return (typeof(SyncLeadCpuBenchmarks), cpu);
        yield return (typeof(RequestCampaignCpuBenchmarks), cpu);
        yield return (typeof(TraceCostBenchmarks), cpu);
        yield return (typeof(EmulatorCostBenchmarks), cpu);
        yield return (typeof(LoopbackBenchmarks), smoke ? SmokeConfig.Create() : LoopbackConfig.Create());
    }
}
