using System.Globalization;
using Marketo.Soap.Benchmarks.Loopback;
using Marketo.Soap.Benchmarks.Workload;

namespace Marketo.Soap.Benchmarks.ColdStart;

/// <summary>
/// Compares cold first calls across process variants (another build, runtime settings), one
/// fresh process per launch, variant and mode, all interleaved so machine noise falls on every
/// variant alike. <c>--cold-compare</c> runs the raw and client modes of <see cref="ColdStartProbe"/>;
/// <c>--cold-steps</c> runs <see cref="ColdStartSteps"/> and prints where the first call goes.
/// </summary>
internal static class ColdStartComparison
{
    private static readonly string[] Modes = ["raw", "client-generated", "client-warmed"];

    public static async Task CompareAsync(int launches, IReadOnlyList<ProcessVariant> variants)
    {
        await using var emulator = await RelaxedEmulator.StartAsync().ConfigureAwait(false);
        var first = new Dictionary<(string, string), List<double>>();
        var cpu = new Dictionary<(string, string), List<double>>();
        for (var launch = 0; launch < launches; launch++)
        {
            foreach (var variant in variants)
            {
                foreach (var mode in Modes)
                {
                    var (output, _) = await SelfProcess.RunAsync(
                        variant, "--cold-probe", mode, emulator.Endpoint.AbsoluteUri, emulator.UserId, emulator.EncryptionKey).ConfigureAwait(false);
                    Add(first, (variant.Name, mode), SelfProcess.Read(output, ColdStartProbe.Tag, "first"));
                    Add(cpu, (variant.Name, mode), SelfProcess.Read(output, ColdStartProbe.Tag, "cpu"));
                    emulator.ClearExchanges();
                }
            }
        }

        Console.WriteLine();
        Console.WriteLine($"Cold first call by variant ({launches} launches each, interleaved; medians, min-max, ms from creating the client to the first answer)");
        Console.WriteLine();
        Console.WriteLine("| Variant | raw | client-generated | over raw | client-warmed (after WarmUpAsync) | over raw | CPU: raw | CPU: client-generated | CPU: over raw |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var variant in variants)
        {
            var raw = first[(variant.Name, "raw")];
            var client = first[(variant.Name, "client-generated")];
            var warmed = first[(variant.Name, "client-warmed")];
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {variant.Name} | {Span(raw)} | {Span(client)} | {Median(client) - Median(raw):F0} | {Span(warmed)} | {Median(warmed) - Median(raw):F0} | {Span(cpu[(variant.Name, "raw")])} | {Span(cpu[(variant.Name, "client-generated")])} | {Median(cpu[(variant.Name, "client-generated")]) - Median(cpu[(variant.Name, "raw")]):F0} |"));
        }
    }

    public static async Task StepsAsync(int launches, IReadOnlyList<ProcessVariant> variants)
    {
        await using var emulator = await RelaxedEmulator.StartAsync().ConfigureAwait(false);
        var steps = new Dictionary<(string, string), List<double>>();
        for (var launch = 0; launch < launches; launch++)
        {
            foreach (var variant in variants)
            {
                var (output, elapsed) = await SelfProcess.RunAsync(
                    variant, "--cold-steps-probe", emulator.Endpoint.AbsoluteUri, emulator.UserId, emulator.EncryptionKey).ConfigureAwait(false);
                foreach (var step in ColdStartSteps.Names)
                {
                    Add(steps, (variant.Name, step), SelfProcess.Read(output, ColdStartSteps.Tag, step));
                }

                Add(steps, (variant.Name, "process"), elapsed.TotalMilliseconds);
                Add(steps, (variant.Name, "cpu"), SelfProcess.Read(output, ColdStartSteps.Tag, "cpu"));
                emulator.ClearExchanges();
            }
        }

        Console.WriteLine();
        Console.WriteLine($"Where a cold first call goes ({launches} launches per variant, interleaved; medians, min-max, ms; each step timed the first time the process takes it)");
        Console.WriteLine();
        Console.WriteLine($"| Variant | {string.Join(" | ", ColdStartSteps.Names)} | sum | CPU time of the steps | whole process |");
        Console.WriteLine($"|---|{string.Concat(Enumerable.Repeat("---:|", ColdStartSteps.Names.Length + 3))}");
        foreach (var variant in variants)
        {
            var cells = ColdStartSteps.Names.Select(step => Span(steps[(variant.Name, step)]));
            var sum = ColdStartSteps.Names.Sum(step => Median(steps[(variant.Name, step)]));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {variant.Name} | {string.Join(" | ", cells)} | {sum:F0} | {Span(steps[(variant.Name, "cpu")])} | {Median(steps[(variant.Name, "process")]):F0} |"));
        }
    }

    private static void Add(Dictionary<(string, string), List<double>> table, (string, string) key, double value)
    {
        if (!table.TryGetValue(key, out var values))
        {
            table[key] = values = [];
        }

        values.Add(value);
    }

    private static string Span(List<double> values) =>
        string.Create(CultureInfo.InvariantCulture, $"{Median(values):F0} ({values.Min():F0}-{values.Max():F0})");

    internal static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
