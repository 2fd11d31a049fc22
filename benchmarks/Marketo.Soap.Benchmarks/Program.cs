using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Marketo.Soap.Benchmarks.Configuration;
using Marketo.Soap.Benchmarks.Profiling;
using Marketo.Soap.Benchmarks.Verification;

namespace Marketo.Soap.Benchmarks;

/// <summary>
/// Runs the benchmarks. With no arguments: every scenario at full length, with the tables printed.
/// <c>--smoke</c> runs each scenario once, short and in process, to prove it still builds and runs
/// (CI; its numbers mean nothing). Other arguments go to BenchmarkDotNet (for example
/// <c>--filter *Leads*</c>), and the scenarios BenchmarkDotNet does not run are then skipped.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args is ["--profile", var operation, var calls])
        {
            await ProfileLoop.RunAsync(operation, int.Parse(calls, CultureInfo.InvariantCulture)).ConfigureAwait(false);
            return 0;
        }

        var problems = await WireIdentityCheck.RunAsync().ConfigureAwait(false);
        if (problems.Count > 0)
        {
            // A baseline that writes other bytes than the client would make every ratio meaningless.
            problems.ForEach(Console.Error.WriteLine);
            return 1;
        }

        Console.WriteLine("Wire check: the baseline writes the client's exact request bytes and reads the same statuses.");
        var smoke = args is ["--smoke"];
        var summaries = new List<Summary>();
        foreach (var (type, config) in Scenarios.BenchmarkDotNet(smoke))
        {
            summaries.Add(BenchmarkRunner.Run(type, config, smoke ? [] : args));
        }

        var failed = summaries.Where(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)).Select(s => s.Title).ToList();
        if (failed.Count > 0)
        {
            Console.Error.WriteLine($"Benchmarks failed to run: {string.Join(", ", failed)}");
            return 1;
        }

        return 0;
    }
}
