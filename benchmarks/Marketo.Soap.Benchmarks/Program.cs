using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Marketo.Soap.Benchmarks.Bulk;
using Marketo.Soap.Benchmarks.ColdStart;
using Marketo.Soap.Benchmarks.Configuration;
using Marketo.Soap.Benchmarks.Paging;
using Marketo.Soap.Benchmarks.Pairs;
using Marketo.Soap.Benchmarks.Profiling;
using Marketo.Soap.Benchmarks.Verification;
using Marketo.Soap.Benchmarks.Workload;

namespace Marketo.Soap.Benchmarks;

/// <summary>
/// Runs the benchmarks. With no arguments: every scenario at full length, with the tables printed.
/// <c>--smoke</c> runs each scenario once, short, to prove it still builds and runs (CI; its
/// numbers mean nothing). <c>--cold-start [launches]</c>, <c>--bulk [counts...]</c> and <c>--paging [counts...]</c>
/// run one of the three scenarios BenchmarkDotNet does not drive; <c>--cold-steps launches [variants...]</c> and <c>--cold-compare launches [variants...]</c> split
/// and compare cold first calls across builds and runtime settings (see <see cref="ColdStartComparison"/>); <c>--cpu-pairs rounds budgetMs</c> measures the CPU pairs by process CPU time
/// (see <see cref="CpuTimePairs"/>); <c>--wire-check</c> only proves the baselines write the client's bytes. Other arguments go to BenchmarkDotNet (for
/// example <c>--filter *Loopback*</c>), and only its scenarios run.
/// </summary>
public static class Program
{
    private const int FullColdStartLaunches = 10;

    private static readonly int[] FullBulkCounts = [100_000, 1_000_000];

    private static readonly int[] FullPagingCounts = [10_000, 100_000];

    public static async Task<int> Main(string[] args)
    {
        if (args is ["--profile", var operation, var calls])
        {
            await ProfileLoop.RunAsync(operation, int.Parse(calls, CultureInfo.InvariantCulture)).ConfigureAwait(false);
            return 0;
        }

        // Child processes of the cold-start and bulk scenarios: they must start cold and measure only themselves.
        switch (args)
        {
            case ["--cold-probe", var mode, var endpoint, var userId, var key]:
                await ColdStartProbe.RunAsync(mode, new Uri(endpoint), userId, key).ConfigureAwait(false);
                return 0;
            case ["--bulk-probe", var endpoint, var userId, var key, var count]:
                await BulkProbe.RunAsync(new Uri(endpoint), userId, key, int.Parse(count, CultureInfo.InvariantCulture)).ConfigureAwait(false);
                return 0;
            case ["--cold-steps-probe", var endpoint, var userId, var key]:
                await ColdStartSteps.RunAsync(new Uri(endpoint), userId, key).ConfigureAwait(false);
                return 0;
            case ["--cold-steps", var launches, .. var variants]:
                await ColdStartComparison.StepsAsync(int.Parse(launches, CultureInfo.InvariantCulture), Variants(variants)).ConfigureAwait(false);
                return 0;
            case ["--cold-compare", var launches, .. var variants]:
                await ColdStartComparison.CompareAsync(int.Parse(launches, CultureInfo.InvariantCulture), Variants(variants)).ConfigureAwait(false);
                return 0;
            case ["--cpu-pairs", var rounds, var budgetMs]:
                await CpuTimePairs.RunAsync(int.Parse(rounds, CultureInfo.InvariantCulture), TimeSpan.FromMilliseconds(int.Parse(budgetMs, CultureInfo.InvariantCulture))).ConfigureAwait(false);
                return 0;
            case ["--cold-start", ..]:
                await ColdStartLauncher.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : FullColdStartLaunches).ConfigureAwait(false);
                return 0;
            case ["--paging-probe", var endpoint, var userId, var key, var listId, var count]:
                await PagingProbe.RunAsync(new Uri(endpoint), userId, key, int.Parse(listId, CultureInfo.InvariantCulture), int.Parse(count, CultureInfo.InvariantCulture)).ConfigureAwait(false);
                return 0;
            case ["--paging", ..]:
                await PagingLauncher.RunAsync(args.Length > 1 ? [.. args.Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture))] : FullPagingCounts).ConfigureAwait(false);
                return 0;
            case ["--bulk", ..]:
                await BulkLauncher.RunAsync(args.Length > 1 ? [.. args.Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture))] : FullBulkCounts).ConfigureAwait(false);
                return 0;
        }

        var problems = await WireIdentityCheck.RunAsync().ConfigureAwait(false);
        if (problems.Count > 0)
        {
            // A baseline that writes other bytes than the client would make every ratio meaningless.
            problems.ForEach(Console.Error.WriteLine);
            return 1;
        }

        Console.WriteLine("Wire check: the baseline writes the client's exact request bytes and reads the same results, for every operation with a benchmark pair.");
        if (args is ["--wire-check"])
        {
            return 0;
        }

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

        if (args.Length == 0 || smoke)
        {
            await ColdStartLauncher.RunAsync(smoke ? 1 : FullColdStartLaunches).ConfigureAwait(false);
            await BulkLauncher.RunAsync(smoke ? [3_000] : FullBulkCounts).ConfigureAwait(false);
            await PagingLauncher.RunAsync(smoke ? [3_000] : FullPagingCounts).ConfigureAwait(false);
        }

        return 0;
    }

    private static ProcessVariant[] Variants(string[] texts) => texts.Length == 0 ? [ProcessVariant.Same] : [.. texts.Select(ProcessVariant.Parse)];
}
