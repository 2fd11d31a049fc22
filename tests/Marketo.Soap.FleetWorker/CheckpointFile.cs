using System.Globalization;

namespace Marketo.Soap.FleetWorker;

/// <summary>
/// The resume point on disk. Written to a temporary file and moved over the old one, so a process
/// killed mid-write leaves the previous checkpoint, never half of one.
/// </summary>
internal sealed class CheckpointFile(string path) : IProgress<Marketo.Soap.Bulk.BulkSyncProgress>
{
    public long Read() =>
        File.Exists(path) ? long.Parse(File.ReadAllText(path).Trim(), CultureInfo.InvariantCulture) : 0;

    /// <summary>Runs on the job's own thread, so checkpoints are written in order.</summary>
    public void Report(Marketo.Soap.Bulk.BulkSyncProgress value)
    {
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, value.ResumeIndex.ToString(CultureInfo.InvariantCulture));
        File.Move(temporary, path, overwrite: true);
    }
}
