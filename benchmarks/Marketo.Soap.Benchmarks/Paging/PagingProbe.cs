using System.Diagnostics;
using Marketo.Soap.Benchmarks.Workload;
using Marketo.Soap.Models;

namespace Marketo.Soap.Benchmarks.Paging;

/// <summary>
/// Runs in a process of its own, so its memory is the client's alone: reads every lead of a static
/// list through <c>GetMultipleLeadsAsync</c>, one page after another, and prints the pages read,
/// leads per second and the peak working set of the process.
/// </summary>
internal static class PagingProbe
{
    public const string Tag = "paging-probe";

    /// <summary>Marketo's largest page, so the run makes the fewest calls a real reader could.</summary>
    public const int BatchSize = GetMultipleLeadsRequest.MaxBatchSize;

    /// <summary>How often the peak so far is noted: every 10,000 leads read.</summary>
    public const int CheckpointEvery = 10_000;

    public static async Task RunAsync(Uri endpoint, string userId, string encryptionKey, int listId, int expected)
    {
        using var client = new MarketoSoapClient(BenchmarkCredentials.Options(endpoint, userId, encryptionKey));
        var request = new GetMultipleLeadsRequest { Selector = StaticListSelector.ById(listId), BatchSize = BatchSize };
        long leads = 0, pages = 0;
        var checkpoints = new List<string>();
        var watch = Stopwatch.StartNew();
        await foreach (var page in client.GetMultipleLeadsAsync(request).AsPages().ConfigureAwait(false))
        {
            pages++;
            leads += page.Values.Count;
            if (leads % CheckpointEvery == 0)
            {
                // The peak so far, so one long run shows whether memory keeps growing after its start.
                checkpoints.Add(FormattableString.Invariant($"{leads}:{PeakMemory.WorkingSetMegabytes():F1}"));
            }
        }

        watch.Stop();
        if (leads != expected)
        {
            // A run that read fewer leads than the list holds would report a flat memory it never earned.
            throw new InvalidOperationException($"Read {leads} leads of the {expected} the list holds.");
        }

        var peak = PeakMemory.WorkingSetMegabytes();

        // What is still reachable once the read is over: if pages were kept, it would grow with the count.
        var live = GC.GetTotalMemory(forceFullCollection: true) / (1024.0 * 1024);
        Console.WriteLine(FormattableString.Invariant(
            $"{Tag} leads={leads} pages={pages} seconds={watch.Elapsed.TotalSeconds:F1} perSecond={leads / watch.Elapsed.TotalSeconds:F0} peakMB={peak:F1} liveMB={live:F1} checkpoints={string.Join(',', checkpoints)}"));
    }
}
