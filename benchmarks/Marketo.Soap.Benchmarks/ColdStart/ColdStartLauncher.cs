using System.Globalization;
using Marketo.Soap.Benchmarks.Loopback;
using Marketo.Soap.Benchmarks.Workload;

namespace Marketo.Soap.Benchmarks.ColdStart;

/// <summary>
/// Cold start: starts the emulator once, then launches <see cref="ColdStartProbe"/> in a fresh
/// process per launch and mode, interleaving the modes so machine noise falls on all alike, and
/// prints the medians.
/// </summary>
internal static class ColdStartLauncher
{
    private static readonly string[] Modes = ["raw", "client", "client-xmlserializer", "client-generated", "client-warmed", "di-host", "di-host-warm", "di-host-off"];

    public static async Task RunAsync(int launches)
    {
        await using var emulator = await RelaxedEmulator.StartAsync().ConfigureAwait(false);
        var firstCall = Modes.ToDictionary(m => m, _ => new List<double>());
        var process = Modes.ToDictionary(m => m, _ => new List<double>());
        var warmUp = Modes.ToDictionary(m => m, _ => new List<double>());

        for (var launch = 0; launch < launches; launch++)
        {
            foreach (var mode in Modes)
            {
                var (output, elapsed) = await SelfProcess.RunAsync(
                    "--cold-probe", mode, emulator.Endpoint.AbsoluteUri, emulator.UserId, emulator.EncryptionKey).ConfigureAwait(false);
                firstCall[mode].Add(SelfProcess.Read(output, ColdStartProbe.Tag, "first"));
                process[mode].Add(elapsed.TotalMilliseconds);
                if (mode is "client-warmed" or "di-host-warm")
                {
                    warmUp[mode].Add(SelfProcess.Read(output, ColdStartProbe.Tag, "warmup"));
                }

                emulator.ClearExchanges();
            }
        }

        var raw = ColdStartComparison.Median(firstCall["raw"]);
        Console.WriteLine();
        Console.WriteLine($"Cold start: fresh process, create the client and make one 300-lead call to the emulator on loopback ({launches} launches per mode; medians, min-max)");
        Console.WriteLine();
        Console.WriteLine("| Mode | Create to first answer (ms) | Over raw (ms) | Whole process (ms) | Warm-up at start-up (ms) |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var mode in Modes)
        {
            var first = firstCall[mode];
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {mode} | {ColdStartComparison.Median(first):F0} ({first.Min():F0}-{first.Max():F0}) | {ColdStartComparison.Median(first) - raw:F0} | {ColdStartComparison.Median(process[mode]):F0} | {(mode is "client-warmed" or "di-host-warm" ? ColdStartComparison.Median(warmUp[mode]).ToString("F0", CultureInfo.InvariantCulture) : "-")} |"));
        }
    }
}
