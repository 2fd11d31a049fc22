using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace Marketo.Soap.Benchmarks.Configuration;

/// <summary>
/// One call per iteration and many iterations, so the statistics describe single calls: calls
/// per second (Op/s) and p50, p95 and p99 latency.
/// </summary>
internal static class LoopbackConfig
{
    public static IConfig Create() =>
        DefaultConfig.Instance
            .AddJob(Job.Default.WithInvocationCount(1).WithUnrollFactor(1).WithWarmupCount(30).WithIterationCount(300).AsDefault())
            .AddColumn(StatisticColumn.OperationsPerSecond, StatisticColumn.P50, StatisticColumn.P95, new PercentileColumn(99));
}
