using System.Collections.Immutable;
using System.Globalization;
using Marketo.Soap.Benchmarks.Loopback;
using Marketo.Soap.Benchmarks.Workload;
using Marketo.Soap.Testing;

namespace Marketo.Soap.Benchmarks.Paging;

/// <summary>
/// Paging: hosts the emulator here with a static list of as many leads as the run reads, and runs
/// <see cref="PagingProbe"/> in a child process for each count, so the peak working set reported is
/// the client's and not the emulator's store.
/// </summary>
internal static class PagingLauncher
{
    private const string ListName = "Paging benchmark";

    public static async Task RunAsync(IReadOnlyList<int> counts)
    {
        await using var emulator = await RelaxedEmulator.StartAsync().ConfigureAwait(false);

        // The emulator logs every exchange, whole pages included; forgetting them keeps this process bounded too.
        using var forget = new Timer(_ => emulator.ClearExchanges(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

        var rows = new List<string>();
        var checkpoints = string.Empty;
        foreach (var count in counts)
        {
            var listId = Seed(emulator, count);
            var (output, _) = await SelfProcess.RunAsync(
                "--paging-probe",
                emulator.Endpoint.AbsoluteUri,
                emulator.UserId,
                emulator.EncryptionKey,
                listId.ToString(CultureInfo.InvariantCulture),
                count.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
            checkpoints = output.Split('\n').Single(l => l.StartsWith(PagingProbe.Tag, StringComparison.Ordinal)).Split("checkpoints=")[1].Trim();
            rows.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"| {count:N0} | {SelfProcess.Read(output, PagingProbe.Tag, "pages"):N0} | {SelfProcess.Read(output, PagingProbe.Tag, "seconds"):F1} | {SelfProcess.Read(output, PagingProbe.Tag, "perSecond"):N0} | {SelfProcess.Read(output, PagingProbe.Tag, "peakMB"):F1} | {SelfProcess.Read(output, PagingProbe.Tag, "liveMB"):F1} |"));
        }

        Console.WriteLine();
        Console.WriteLine($"Paging: GetMultipleLeadsAsync over a static list on the emulator on loopback ({PagingProbe.BatchSize} leads a page; client process alone)");
        Console.WriteLine();
        Console.WriteLine("| Leads | Pages | Seconds | Leads/s | Peak working set (MB) | Live heap after the read (MB) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
        rows.ForEach(Console.WriteLine);
        if (checkpoints.Length > 0)
        {
            Console.WriteLine();
            Console.WriteLine($"Peak working set so far within the {counts[^1]:N0}-lead run, every {PagingProbe.CheckpointEvery:N0} leads read");
            Console.WriteLine();
            Console.WriteLine("| Leads read | Peak working set so far (MB) |");
            Console.WriteLine("|---:|---:|");
            foreach (var point in checkpoints.Split(','))
            {
                var (read, peak) = (point.Split(':')[0], point.Split(':')[1]);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {int.Parse(read, CultureInfo.InvariantCulture):N0} | {peak} |"));
            }
        }
    }

    /// <summary>Empties the store, then adds <paramref name="count"/> leads of the bulk workload's shape and a static list of them all.</summary>
    /// <returns>The list's id.</returns>
    private static int Seed(MarketoSoapEmulator emulator, int count)
    {
        emulator.ResetStore();
        var ids = new int[count];
        for (var n = 0; n < count; n++)
        {
            var lead = LeadWorkload.Lead(n);
            ids[n] = emulator.Store.AddLead(new StoredLead
            {
                Email = lead.Email,
                Attributes = lead.Attributes.ToImmutableDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal),
            }).Id;
        }

        return emulator.Store.AddStaticList(new StoredStaticList { Name = ListName, LeadIds = ids }).Id;
    }
}
