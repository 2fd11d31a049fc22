using Marketo.Soap.Bulk;
using Marketo.Soap.Configuration;
using Marketo.Soap.Models;

namespace Marketo.Soap;

/// <summary>
/// Syncs inputs of any length: splits them into calls of at most 300 leads or 100 MObjects, keeps a
/// few calls in flight, and streams the results back in input order.
/// </summary>
/// <remarks>
/// <para>
/// Each call goes through the client's own pacing and repeats (see
/// <see cref="MarketoSoapOptions.MaxConcurrentCalls"/>, <see cref="MarketoSoapOptions.RateLimiter"/> and
/// <see cref="MarketoSoapOptions.Retry"/>), shared with every other call of the same client.
/// </para>
/// <para>
/// For an in-memory list, pass <c>list.ToAsyncEnumerable()</c>. Nothing is read or sent until the
/// results are enumerated. The input is read a batch at a time,
/// so a stream of a million records never sits in memory at once. A record Marketo could not write
/// is a result with a failed status. When the job cannot go on, it throws
/// <see cref="MarketoBulkSyncException{TRecord, TResult}"/> (or, when cancelled,
/// <see cref="MarketoBulkSyncCanceledException{TRecord, TResult}"/>), whose report names every record
/// read that was not confirmed, so the caller can resume.
/// </para>
/// </remarks>
public static class MarketoSoapClientBulkExtensions
{
    /// <summary>Creates or updates any number of leads, 300 (or <see cref="BulkSyncOptions.BatchSize"/>) per call. Touches the network.</summary>
    /// <param name="client">The client whose calls, pacing and repeats the job uses.</param>
    /// <param name="leads">The leads, read a batch at a time.</param>
    /// <param name="dedupEnabled">Sent as <see cref="SyncMultipleLeadsRequest.DedupEnabled"/> on every call.</param>
    /// <param name="options">Batch size, parallel calls and progress; null uses the defaults.</param>
    /// <param name="cancellationToken">Stops the job promptly; calls in flight are cancelled.</param>
    /// <returns>One result per lead, in input order, with <see cref="LeadSyncResult.Index"/> the lead's position in the input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="client"/> or <paramref name="leads"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The batch size is not between 1 and 300, or the concurrency not between 1 and 10.</exception>
    /// <exception cref="MarketoBulkSyncException{TRecord, TResult}">Thrown while enumerating: the job stopped; its report accounts for every lead read.</exception>
    /// <exception cref="MarketoBulkSyncCanceledException{TRecord, TResult}">Thrown while enumerating: the job was cancelled.</exception>
    public static IAsyncEnumerable<LeadSyncResult> BulkSyncLeadsAsync(
        this IMarketoSoapClient client,
        IAsyncEnumerable<LeadRecord> leads,
        bool? dedupEnabled = null,
        BulkSyncOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(leads);
        options ??= new BulkSyncOptions();
        var batchSize = CheckedBatchSize(options, SyncMultipleLeadsRequest.MaxLeadsPerCall);
        var concurrency = CheckedConcurrency(options);

        return BulkSyncJob<LeadRecord, LeadSyncResult>.RunAsync(
            token => new BulkSyncJob<LeadRecord, LeadSyncResult>(
                "syncMultipleLeads",
                leads,
                batchSize,
                concurrency,
                async (batch, callToken) => (await client.SyncMultipleLeadsAsync(new SyncMultipleLeadsRequest { Leads = batch, DedupEnabled = dedupEnabled }, callToken).ConfigureAwait(false)).Results,
                (result, index, lead) => new LeadSyncResult(index, lead, result.LeadId, result.Status, result.StatusText, result.Error),
                result => result.Succeeded,
                options.Progress,
                token),
            cancellationToken);
    }

    /// <summary>Creates, updates or upserts any number of MObjects, 100 (or <see cref="BulkSyncOptions.BatchSize"/>) per call. Touches the network.</summary>
    /// <param name="client">The client whose calls, pacing and repeats the job uses.</param>
    /// <param name="operation">The operation every call carries.</param>
    /// <param name="objects">The objects, read a batch at a time.</param>
    /// <param name="options">Batch size, parallel calls and progress; null uses the defaults.</param>
    /// <param name="cancellationToken">Stops the job promptly; calls in flight are cancelled.</param>
    /// <returns>One result per object, in input order, with <see cref="MObjectSyncResult.Index"/> the object's position in the input.</returns>
    /// <remarks>
    /// An <see cref="MObjectOperation.Insert"/> call is not repeated after a failure that may have
    /// reached Marketo unless <see cref="MarketoSoapRetryOptions.RetryUnsafeCallsAfterAmbiguousFailures"/>
    /// is set: its objects end up in the report with <see cref="UnsyncedRecord{TRecord}.MayHaveReachedMarketo"/> true.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="client"/> or <paramref name="objects"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The batch size is not between 1 and 100, or the concurrency not between 1 and 10.</exception>
    /// <exception cref="MarketoBulkSyncException{TRecord, TResult}">Thrown while enumerating: the job stopped; its report accounts for every object read.</exception>
    /// <exception cref="MarketoBulkSyncCanceledException{TRecord, TResult}">Thrown while enumerating: the job was cancelled.</exception>
    public static IAsyncEnumerable<MObjectSyncResult> BulkSyncMObjectsAsync(
        this IMarketoSoapClient client,
        MObjectOperation operation,
        IAsyncEnumerable<MObjectRecord> objects,
        BulkSyncOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(objects);
        options ??= new BulkSyncOptions();
        var batchSize = CheckedBatchSize(options, SyncMObjectsRequest.MaxObjectsPerCall);
        var concurrency = CheckedConcurrency(options);

        return BulkSyncJob<MObjectRecord, MObjectSyncResult>.RunAsync(
            token => new BulkSyncJob<MObjectRecord, MObjectSyncResult>(
                "syncMObjects",
                objects,
                batchSize,
                concurrency,
                async (batch, callToken) => (await client.SyncMObjectsAsync(new SyncMObjectsRequest { Operation = operation, Objects = batch }, callToken).ConfigureAwait(false)).Results,
                (result, index, record) => new MObjectSyncResult(index, record, result.Id, result.ExternalKey, result.Status, result.StatusText, result.Error),
                result => result.Succeeded,
                options.Progress,
                token),
            cancellationToken);
    }

    private static int CheckedBatchSize(BulkSyncOptions options, int max)
    {
        var size = options.BatchSize ?? max;
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1, "options.BatchSize");
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, max, "options.BatchSize");
        return size;
    }

    private static int CheckedConcurrency(BulkSyncOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxConcurrency, 1, "options.MaxConcurrency");
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.MaxConcurrency, MarketoSoapDefaults.MaxConcurrentCalls, "options.MaxConcurrency");
        return options.MaxConcurrency;
    }
}
