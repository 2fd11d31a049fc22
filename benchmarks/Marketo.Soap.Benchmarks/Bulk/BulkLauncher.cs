using System.Globalization;
using Marketo.Soap.Benchmarks.Loopback;
using Marketo.Soap.Benchmarks.Workload;

namespace Marketo.Soap.Benchmarks.Bulk;

/// <summary>
/// Bulk streaming: hosts the emulator here and runs <see cref="BulkProbe"/> in a child process for
/// each count, so the peak working set reported is the client's and not the emulator's store.
/// </summary>
internal static class BulkLauncher
{
    public static async Task RunAsync(IReadOnlyList<int> counts)
    {
        await using var emulator = await RelaxedEmulator.StartAsync().ConfigureAwait(false);

        // The emulator logs every exchange; forgetting them keeps this process bounded too.
        using var forget = new Timer(_ => emulator.ClearExchanges(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

        var rows = new List<string>();
        foreach (var count in counts)
        {
            var (output, _) = await SelfProcess.RunAsync(
                "--bulk-probe", emulator.Endpoint.AbsoluteUri, emulator.UserId, emulator.EncryptionKey, count.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
            rows.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"| {count:N0} | {SelfProcess.Read(output, BulkProbe.Tag, "failed"):N0} | {SelfProcess.Read(output, BulkProbe.Tag, "seconds"):F1} | {SelfProcess.Read(output, BulkProbe.Tag, "perSecond"):N0} | {SelfProcess.Read(output, BulkProbe.Tag, "peakMB"):F1} |"));
        }

        Console.WriteLine();
        Console.WriteLine("Bulk streaming: BulkSyncLeadsAsync from an IAsyncEnumerable to the emulator on loopback (default BulkSyncOptions: 300 per call, 2 calls in flight; client process alone)");
        Console.WriteLine();
        Console.WriteLine("| Leads | Failed | Seconds | Leads/s | Peak working set (MB) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|");
        rows.ForEach(Console.WriteLine);
    }
}
