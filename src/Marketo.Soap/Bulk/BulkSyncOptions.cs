using Marketo.Soap.Configuration;

namespace Marketo.Soap.Bulk;

/// <summary>How a bulk sync splits its input into calls and how many it sends at once.</summary>
public sealed class BulkSyncOptions
{
    /// <summary>How many records one call carries.</summary>
    /// <value>
    /// Default <see langword="null"/>: the most one call may carry, 300 leads or 100 MObjects.
    /// A smaller size makes each call shorter and each failure cost less.
    /// </value>
    public int? BatchSize { get; set; }

    /// <summary>How many calls the job keeps in flight at once.</summary>
    /// <value>
    /// Default 2; from 1 to 10. The client's <see cref="MarketoSoapOptions.MaxConcurrentCalls"/> and
    /// rate limiter still apply on top, shared with every other call of the same client.
    /// </value>
    public int MaxConcurrency { get; set; } = MarketoSoapDefaults.BulkMaxConcurrency;

    /// <summary>
    /// How many records at the start of the input an earlier run already settled: the job reads
    /// past them without sending them, and numbers results from there, so a restarted job sends
    /// nothing the earlier run settled.
    /// </summary>
    /// <value>
    /// Default 0. Set it to the last <see cref="BulkSyncProgress.ResumeIndex"/> persisted, or to
    /// <see cref="BulkSyncReport{TRecord, TResult}.ResumeIndex"/> of a job that stopped, and pass
    /// the same input again. At least 0.
    /// </value>
    /// <remarks>
    /// A process that died may have sent records after its last checkpoint: at most
    /// <see cref="MaxConcurrency"/> + 1 batches from it. The restarted job sends them again. That is
    /// harmless for leads and upserts keyed by email or id; for records whose repeat would duplicate
    /// (inserts, or leads with dedup disabled), the caller decides whether to look them up first.
    /// </remarks>
    public long StartIndex { get; set; }

    /// <summary>Receives a report after each call completes, for a progress bar. <see langword="null"/> (the default) reports nothing.</summary>
    /// <remarks>
    /// The job calls <see cref="IProgress{T}.Report"/> in order, one report at a time, on the flow
    /// that enumerates the results; each report's counts include the previous one's. A
    /// <see cref="Progress{T}"/> created where there is no synchronization context (a console app,
    /// ASP.NET Core, a worker) hands each report to the thread pool, where handlers can run out of
    /// order: to show progress there, implement <see cref="IProgress{T}"/> with a handler that runs
    /// at once, or ignore a report whose <see cref="BulkSyncProgress.CallsMade"/> is not larger than
    /// the last one's.
    /// </remarks>
    public IProgress<BulkSyncProgress>? Progress { get; set; }

    /// <summary>
    /// Whether a record the client refuses before sending (no key, a blank email, a field Marketo
    /// cannot carry, …) becomes a result with a failed status carrying the refusal's message,
    /// while the job carries on with the other records.
    /// </summary>
    /// <value>
    /// Default <see langword="false"/>: the job stops at the first refused record, with a
    /// <see cref="MarketoBulkSyncException{TRecord, TResult}"/> whose report accounts for every
    /// record read. A refused record is more often a fault in the code that builds the records
    /// than dirty data, and a job that stops says so at once, where a failed result among a
    /// million could go unnoticed. Set it for inputs known to hold some bad records.
    /// </value>
    /// <remarks>
    /// A refused record's result has status <c>Failed</c>, an empty <c>StatusText</c> (Marketo
    /// never saw it), no id, and <c>Error</c> naming its place in the input and the field. Refusals
    /// of a whole call (none of its records at fault) still stop the job.
    /// </remarks>
    public bool ReportInvalidRecordsAsFailed { get; set; }
}
