using Marketo.Soap.Bulk;

namespace Marketo.Soap.Testing.Tests.TestSupport;

/// <summary>
/// Keeps every progress report as it is made. Unlike <see cref="Progress{T}"/>, it records on the
/// reporting thread, so the last report is in place when the job ends.
/// </summary>
internal sealed class RecordingProgress : IProgress<BulkSyncProgress>
{
    private readonly Lock _gate = new();
    private readonly List<BulkSyncProgress> _reports = [];

    public IReadOnlyList<BulkSyncProgress> Reports
    {
        get
        {
            lock (_gate)
            {
                return [.. _reports];
            }
        }
    }

    public void Report(BulkSyncProgress value)
    {
        lock (_gate)
        {
            _reports.Add(value);
        }
    }
}
