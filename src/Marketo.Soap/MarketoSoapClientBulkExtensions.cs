using System.Globalization;
using Marketo.Soap.Bulk;
using Marketo.Soap.Configuration;
using Marketo.Soap.Models;

namespace Marketo.Soap;

/// <summary>
/// Syncs inputs of any length: splits them into calls of at most 300 leads, 100 MObjects or 100 custom object records, keeps a
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
    /// <exception cref="ArgumentOutOfRangeException">The batch size is not between 1 and 300, the concurrency not between 1 and 10, or the start index negative; the message names every problem.</exception>
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
        var (batchSize, concurrency, startIndex) = Checked(options, SyncMultipleLeadsRequest.MaxLeadsPerCall);

        return BulkSyncJob<LeadRecord, LeadSyncResult>.RunAsync(
            token => new BulkSyncJob<LeadRecord, LeadSyncResult>(
                "syncMultipleLeads",
                leads,
                batchSize,
                concurrency,
                async (batch, callToken) => (await client.SyncMultipleLeadsAsync(new SyncMultipleLeadsRequest { Leads = batch, DedupEnabled = dedupEnabled }, callToken).ConfigureAwait(false)).Results,
                (result, index, lead) => new LeadSyncResult(index, lead, result.LeadId, result.Status, result.StatusText, result.Error),
                result => result.Succeeded,
                options.ReportInvalidRecordsAsFailed ? (lead, refusal) => new LeadSyncResult(0, lead, null, LeadSyncStatus.Failed, string.Empty, refusal) : null,
                options.Progress,
                startIndex,
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
    /// <exception cref="ArgumentOutOfRangeException">The batch size is not between 1 and 100, the concurrency not between 1 and 10, or the start index negative; the message names every problem.</exception>
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
        var (batchSize, concurrency, startIndex) = Checked(options, SyncMObjectsRequest.MaxObjectsPerCall);

        return BulkSyncJob<MObjectRecord, MObjectSyncResult>.RunAsync(
            token => new BulkSyncJob<MObjectRecord, MObjectSyncResult>(
                "syncMObjects",
                objects,
                batchSize,
                concurrency,
                async (batch, callToken) => (await client.SyncMObjectsAsync(new SyncMObjectsRequest { Operation = operation, Objects = batch }, callToken).ConfigureAwait(false)).Results,
                (result, index, record) => new MObjectSyncResult(index, record, result.Id, result.ExternalKey, result.Status, result.StatusText, result.Error),
                result => result.Succeeded,
                options.ReportInvalidRecordsAsFailed ? (record, refusal) => new MObjectSyncResult(0, record, null, null, MObjectSyncStatus.Failed, string.Empty, refusal) : null,
                options.Progress,
                startIndex,
                token),
            cancellationToken);
    }

    /// <summary>Inserts, updates or upserts any number of records of one custom object, 100 (or <see cref="BulkSyncOptions.BatchSize"/>) per call. Touches the network.</summary>
    /// <param name="client">The client whose calls, pacing and repeats the job uses.</param>
    /// <param name="objectTypeName">The custom object's API name, sent on every call.</param>
    /// <param name="operation">The operation every call carries.</param>
    /// <param name="records">The records, read a batch at a time.</param>
    /// <param name="options">Batch size, parallel calls and progress; null uses the defaults.</param>
    /// <param name="cancellationToken">Stops the job promptly; calls in flight are cancelled.</param>
    /// <returns>One result per record, in input order, with <see cref="CustomObjectSyncResult.Index"/> the record's position in the input.</returns>
    /// <remarks>
    /// A <see cref="CustomObjectSyncOperation.Insert"/> call is not repeated after a failure that may
    /// have reached Marketo unless <see cref="MarketoSoapRetryOptions.RetryUnsafeCallsAfterAmbiguousFailures"/>
    /// is set: its records end up in the report with <see cref="UnsyncedRecord{TRecord}.MayHaveReachedMarketo"/> true.
    /// Two records with the same keys in one batch make that batch's call refused (see
    /// <see cref="IMarketoSoapClient.SyncCustomObjectsAsync"/>); records with the same keys in
    /// different batches are each written, in input order.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="client"/>, <paramref name="objectTypeName"/> or <paramref name="records"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="objectTypeName"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The operation is undefined, or the batch size is not between 1 and 100, the concurrency not between 1 and 10, or the start index negative; the message names every problem.</exception>
    /// <exception cref="MarketoBulkSyncException{TRecord, TResult}">Thrown while enumerating: the job stopped; its report accounts for every record read.</exception>
    /// <exception cref="MarketoBulkSyncCanceledException{TRecord, TResult}">Thrown while enumerating: the job was cancelled.</exception>
    public static IAsyncEnumerable<CustomObjectSyncResult> BulkSyncCustomObjectsAsync(
        this IMarketoSoapClient client,
        string objectTypeName,
        CustomObjectSyncOperation operation,
        IAsyncEnumerable<CustomObjectRecord> records,
        BulkSyncOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrEmpty(objectTypeName);
        ArgumentNullException.ThrowIfNull(records);

        // Checked now: every batch would be refused for them, and a job is no place to find that out.
        if (!Enum.IsDefined(operation))
        {
            throw new ArgumentOutOfRangeException(nameof(operation), operation, "Not a CustomObjectSyncOperation value.");
        }

        options ??= new BulkSyncOptions();
        var (batchSize, concurrency, startIndex) = Checked(options, SyncCustomObjectsRequest.MaxRecordsPerCall);

        return BulkSyncJob<CustomObjectRecord, CustomObjectSyncResult>.RunAsync(
            token => new BulkSyncJob<CustomObjectRecord, CustomObjectSyncResult>(
                "syncCustomObjects",
                records,
                batchSize,
                concurrency,
                async (batch, callToken) => (await client.SyncCustomObjectsAsync(new SyncCustomObjectsRequest { ObjectTypeName = objectTypeName, Operation = operation, Records = batch }, callToken).ConfigureAwait(false)).Results,
                (result, index, record) => new CustomObjectSyncResult(index, record, result.Keys, result.Status, result.StatusText, result.Error),
                result => result.Succeeded,
                options.ReportInvalidRecordsAsFailed ? (record, refusal) => new CustomObjectSyncResult(0, record, record.Keys ?? [], CustomObjectSyncStatus.Failed, string.Empty, refusal) : null,
                options.Progress,
                startIndex,
                token),
            cancellationToken);
    }

    /// <summary>Checks the options, naming every problem in one message rather than the first alone.</summary>
    private static (int BatchSize, int Concurrency, long StartIndex) Checked(BulkSyncOptions options, int maxBatchSize)
    {
        var batchSize = options.BatchSize ?? maxBatchSize;
        var problems = new List<string>(3);
        if (batchSize is < 1 || batchSize > maxBatchSize)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"BatchSize must be between 1 and {maxBatchSize}, not {batchSize}."));
        }

        if (options.MaxConcurrency is < 1 or > MarketoSoapDefaults.MaxConcurrentCalls)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"MaxConcurrency must be between 1 and {MarketoSoapDefaults.MaxConcurrentCalls}, not {options.MaxConcurrency}."));
        }

        // Result indexes are ints; a start past them could never be reached.
        if (options.StartIndex is < 0 or > int.MaxValue)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"StartIndex must be between 0 and {int.MaxValue}, not {options.StartIndex}."));
        }

        if (problems.Count > 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), string.Join(" ", problems));
        }

        return (batchSize, options.MaxConcurrency, options.StartIndex);
    }
}
