using System.Diagnostics;
using System.Globalization;

namespace Marketo.Soap.Benchmarks.Pairs;

/// <summary>
/// The in-process CPU benchmark pairs measured by process CPU time instead of wall time, for a
/// shared machine: waiting for a core inflates wall time, not CPU time. Each round runs every
/// operation's baseline, XmlSerializer client and generated client in turn (interleaved, so
/// machine noise falls on all alike), each for about <c>budget</c> of CPU; the table gives the
/// median per call over the rounds, and the ratios against the baseline.
/// </summary>
internal static class CpuTimePairs
{
    private static readonly string[] Variants = ["baseline", "XmlSerializer", "generated"];

    public static async Task RunAsync(int rounds, TimeSpan budget)
    {
        var pairs = BenchmarkPair.All();

        // CPU_PAIRS=getLead,syncLead measures only the pairs whose names start so (the others are set up, not run).
        if (Environment.GetEnvironmentVariable("CPU_PAIRS") is { Length: > 0 } only)
        {
            var wanted = only.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            foreach (var skipped in pairs.Where(p => !wanted.Any(w => p.Name.StartsWith(w, StringComparison.Ordinal))).ToList())
            {
                skipped.Dispose();
                pairs.Remove(skipped);
            }
        }
        var cpu = new Dictionary<(string, string), List<double>>();
        var allocated = new Dictionary<(string, string), List<double>>();
        var calls = new Dictionary<(string, string), int>();

        // Round 0 warms every path up (tier-1 JIT) and sizes each measurement to the budget.
        for (var round = 0; round <= rounds; round++)
        {
            foreach (var pair in pairs)
            {
                foreach (var variant in Variants)
                {
                    var call = pair.Call(variant);
                    if (round == 0)
                    {
                        calls[(pair.Name, variant)] = await SizeAsync(call, budget).ConfigureAwait(false);
                        continue;
                    }

                    var n = calls[(pair.Name, variant)];
                    var (cpuPerCall, bytesPerCall) = await MeasureAsync(call, n).ConfigureAwait(false);
                    Add(cpu, (pair.Name, variant), cpuPerCall);
                    Add(allocated, (pair.Name, variant), bytesPerCall);
                }
            }
        }

        foreach (var pair in pairs)
        {
            pair.Dispose();
        }

        Console.WriteLine();
        Console.WriteLine($"CPU time and allocation per call ({rounds} interleaved rounds of about {budget.TotalMilliseconds:F0} ms of CPU each; medians; ratios against the baseline)");
        Console.WriteLine();
        Console.WriteLine("| Operation | Baseline CPU | XmlSerializer CPU | Generated CPU | Baseline alloc | XmlSerializer alloc | Generated alloc |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var pair in pairs)
        {
            var baseCpu = Median(cpu[(pair.Name, "baseline")]);
            var baseBytes = Median(allocated[(pair.Name, "baseline")]);
            string Cpu(string v) => string.Create(CultureInfo.InvariantCulture, $"{Median(cpu[(pair.Name, v)]):F0} µs ({Median(cpu[(pair.Name, v)]) / baseCpu:F2}x)");
            string Alloc(string v) => string.Create(CultureInfo.InvariantCulture, $"{Median(allocated[(pair.Name, v)]) / 1024:F1} KB ({Median(allocated[(pair.Name, v)]) / baseBytes:F2}x)");
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {pair.Name} | {baseCpu:F0} µs | {Cpu("XmlSerializer")} | {Cpu("generated")} | {baseBytes / 1024:F1} KB | {Alloc("XmlSerializer")} | {Alloc("generated")} |"));
        }
    }

    private static async Task<int> SizeAsync(Func<Task> call, TimeSpan budget)
    {
        for (var i = 0; i < 30; i++)
        {
            await call().ConfigureAwait(false);
        }

        var (cpuPerCall, _) = await MeasureAsync(call, 20).ConfigureAwait(false);
        return (int)Math.Clamp(budget.TotalMicroseconds / Math.Max(cpuPerCall, 1), 5, 20_000);
    }

    private static async Task<(double CpuMicroseconds, double Bytes)> MeasureAsync(Func<Task> call, int n)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < n; i++)
        {
            await call().ConfigureAwait(false);
        }

        var bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        process.Refresh();
        return ((process.TotalProcessorTime - cpu).TotalMicroseconds / n, (double)bytes / n);
    }

    private static void Add(Dictionary<(string, string), List<double>> table, (string, string) key, double value)
    {
        if (!table.TryGetValue(key, out var values))
        {
            table[key] = values = [];
        }

        values.Add(value);
    }

    private static double Median(List<double> values) => ColdStart.ColdStartComparison.Median(values);
}
