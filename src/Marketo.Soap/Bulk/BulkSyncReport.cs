namespace Marketo.Soap.Bulk;

/// <summary>
/// What a bulk sync that could not finish leaves behind: results it had not yet handed out, and
/// every record it read but could not confirm, so the caller can resume.
/// </summary>
/// <typeparam name="TRecord">The record type.</typeparam>
/// <typeparam name="TResult">The per-record result type.</typeparam>
/// <remarks>
/// Every record the job read from its input is in exactly one place: in a result the job already
/// yielded, in <see cref="PendingResults"/>, or in <see cref="UnsyncedRecords"/>. The job read
/// <see cref="RecordsRead"/> records; resume the input after that many.
/// </remarks>
public sealed class BulkSyncReport<TRecord, TResult>
{
    internal BulkSyncReport(long recordsRead, long resultsYielded, IReadOnlyList<TResult> pendingResults, IReadOnlyList<UnsyncedRecord<TRecord>> unsyncedRecords)
    {
        RecordsRead = recordsRead;
        ResultsYielded = resultsYielded;
        PendingResults = pendingResults;
        UnsyncedRecords = unsyncedRecords;
    }

    /// <summary>How many records the job read from its input, counting those skipped through <see cref="BulkSyncOptions.StartIndex"/>; none after these was read.</summary>
    public long RecordsRead { get; }

    /// <summary>
    /// The input position a restarted job should start from (<see cref="BulkSyncOptions.StartIndex"/>):
    /// every record before it had a result the consumer took. <see cref="PendingResults"/> and
    /// <see cref="UnsyncedRecords"/> all lie at or after it.
    /// </summary>
    public long ResumeIndex { get; internal init; }

    /// <summary>How many results the job handed out before it stopped.</summary>
    public long ResultsYielded { get; }

    /// <summary>Results of calls that completed but had not been handed out yet, in input order.</summary>
    public IReadOnlyList<TResult> PendingResults { get; }

    /// <summary>Records read but not confirmed as synced, in input order.</summary>
    public IReadOnlyList<UnsyncedRecord<TRecord>> UnsyncedRecords { get; }
}
