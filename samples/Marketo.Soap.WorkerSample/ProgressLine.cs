using Marketo.Soap.Bulk;

namespace Marketo.Soap.WorkerSample;

/// <summary>
/// A bulk sync's progress as a text bar: redrawn in place on a terminal, one line per update when
/// the output goes to a file or a CI log, where redrawing would leave a mess.
/// </summary>
/// <remarks>
/// Plain console rather than Spectre.Console: the OpenTelemetry console exporter writes to the
/// same output while the sync runs, and a live display would fight it; plain lines also read well
/// in CI logs, and the sample needs no extra package.
/// </remarks>
internal sealed class ProgressLine(string instance, int total) : IProgress<BulkSyncProgress>
{
    private const int Width = 30;

    public void Report(BulkSyncProgress value)
    {
        var done = total == 0 ? Width : (int)(Width * Math.Min(value.RecordsSent, total) / total);
        var line = $"{instance,-4} [{new string('#', done)}{new string('.', Width - done)}] {value.RecordsSent,6:N0}/{total:N0} sent, {value.RecordsSucceeded:N0} ok, {value.RecordsFailed:N0} failed, {value.CallsMade} calls";
        if (Console.IsOutputRedirected)
        {
            Console.WriteLine(line);
        }
        else
        {
            Console.Write($"\r{line}");
        }
    }

    /// <summary>Ends the redrawn line on a terminal.</summary>
    public static void Finish()
    {
        if (!Console.IsOutputRedirected)
        {
            Console.WriteLine();
        }
    }
}
