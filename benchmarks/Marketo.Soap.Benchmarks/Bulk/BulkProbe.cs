using System.Diagnostics;
using System.Runtime.CompilerServices;
using Marketo.Soap.Benchmarks.Workload;
using Marketo.Soap.Models;

namespace Marketo.Soap.Benchmarks.Bulk;

/// <summary>
/// Runs in a process of its own, so its memory is the client's alone: streams generated leads
/// through <c>BulkSyncLeadsAsync</c> to the emulator and prints leads per second and the peak
/// working set of the process.
/// </summary>
internal static class BulkProbe
{
    public const string Tag = "bulk-probe";

    // Emails repeat after this many leads. The emulator (in the other process) finds a lead by
    // email with a scan of its whole store, so a store that grew with the count would make the
    // server, not the client, slower per call as the run went on; a fixed set of keys keeps the
    // server's work per call the same for 100k and 1M leads.
    private const int DistinctLeads = 1_000;

    public static async Task RunAsync(Uri endpoint, string userId, string encryptionKey, int count)
    {
        using var client = new MarketoSoapClient(BenchmarkCredentials.Options(endpoint, userId, encryptionKey));
        long answered = 0, failed = 0;
        var watch = Stopwatch.StartNew();
        await foreach (var result in client.BulkSyncLeadsAsync(Generate(count)).ConfigureAwait(false))
        {
            answered++;
            if (!result.Succeeded)
            {
                failed++;
            }
        }

        watch.Stop();
        Console.WriteLine(FormattableString.Invariant(
            $"{Tag} leads={answered} failed={failed} seconds={watch.Elapsed.TotalSeconds:F1} perSecond={answered / watch.Elapsed.TotalSeconds:F0} peakMB={PeakMemory.WorkingSetMegabytes():F1}"));
    }

    private static async IAsyncEnumerable<LeadRecord> Generate(int count, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var n = 0; n < count; n++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return LeadWorkload.Lead(n % DistinctLeads);
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
