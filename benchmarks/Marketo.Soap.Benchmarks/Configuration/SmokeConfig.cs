using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Marketo.Soap.Benchmarks.Configuration;

/// <summary>
/// Runs every benchmark once, in this process, so CI proves they build and run without spending
/// minutes on measurement. The numbers it prints mean nothing.
/// </summary>
internal static class SmokeConfig
{
    public static IConfig Create() =>
        DefaultConfig.Instance
            .AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance).AsDefault())
            .WithOptions(ConfigOptions.DisableLogFile | ConfigOptions.JoinSummary);
}
