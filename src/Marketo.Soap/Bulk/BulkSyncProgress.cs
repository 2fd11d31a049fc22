namespace Marketo.Soap.Bulk;

/// <summary>How far a bulk sync has come, reported after each call.</summary>
/// <param name="RecordsSent">Records in calls that completed, successfully or not.</param>
/// <param name="RecordsSucceeded">Records Marketo reported as written.</param>
/// <param name="RecordsFailed">Records Marketo reported as failed, or that were in a call that failed.</param>
/// <param name="CallsMade">Calls that completed, successfully or not; repeats of one call count once.</param>
/// <remarks>
/// <see cref="ResumeIndex"/> is a checkpoint: persist it, and a job restarted after a crash with
/// <see cref="BulkSyncOptions.StartIndex"/> set to it skips exactly the records whose results the
/// consumer took. Report handlers run in order only if the <see cref="IProgress{T}"/> runs them
/// synchronously; <see cref="Progress{T}"/> may run them out of order, so keep the largest.
/// </remarks>
public readonly record struct BulkSyncProgress(long RecordsSent, long RecordsSucceeded, long RecordsFailed, int CallsMade)
{
    /// <summary>
    /// The input position a restarted job should start from: every record before it had a result
    /// that the consumer took (the results of the call just reported are not taken yet, so they
    /// are not counted).
    /// </summary>
    /// <value>
    /// A position in the whole input, counting records skipped through <see cref="BulkSyncOptions.StartIndex"/>.
    /// Records from here up to <see cref="BulkSyncOptions.MaxConcurrency"/> + 1 batches further may
    /// already have been sent when the process stopped; see <see cref="BulkSyncOptions.StartIndex"/>.
    /// </value>
    public long ResumeIndex { get; init; }
}
