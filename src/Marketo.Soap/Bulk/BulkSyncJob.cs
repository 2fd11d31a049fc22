using System.Globalization;
using System.Runtime.CompilerServices;
using Marketo.Soap.Bulk;
using Marketo.Soap.Operations;
using Marketo.Soap.Pipeline;

namespace Marketo.Soap.Bulk;

/// <summary>
/// Runs one bulk sync: reads the input in batches, keeps a bounded number of calls in flight,
/// hands results out in input order, and on failure accounts for every record it read.
/// </summary>
/// <remarks>
/// Memory stays bounded whatever the input's length: the job holds at most
/// <c>maxConcurrency</c> batches (in flight or finished but not yet handed out), because it reads
/// the next batch only after the oldest one has been handed out.
/// </remarks>
internal sealed class BulkSyncJob<TRecord, TResult> : IAsyncDisposable
    where TRecord : class
{
    private readonly string _operation;
    private readonly int _batchSize;
    private readonly int _maxConcurrency;
    private readonly Func<IReadOnlyList<TRecord>, CancellationToken, Task<IReadOnlyList<TResult>>> _sendBatch;
    private readonly Func<TResult, int, TRecord, TResult> _placeInInput;
    private readonly Func<TResult, bool> _succeeded;

    // Makes the failed result of a record the client refused before sending; null stops the job at
    // the first refusal instead (BulkSyncOptions.ReportInvalidRecordsAsFailed).
    private readonly Func<TRecord, string, TResult>? _refusedResult;
    private readonly IProgress<BulkSyncProgress>? _progress;
    private readonly long _startIndex;
    private readonly CancellationToken _callerToken;
    private readonly CancellationTokenSource _stop;
    private readonly IAsyncEnumerator<TRecord> _input;
    private readonly Queue<Batch> _inFlight = new();

    private bool _inputEnded;
    private bool _startReached;
    private int _recordsRead;
    private long _resultsYielded;
    private BulkSyncProgress _counts;

    public BulkSyncJob(
        string operation,
        IAsyncEnumerable<TRecord> input,
        int batchSize,
        int maxConcurrency,
        Func<IReadOnlyList<TRecord>, CancellationToken, Task<IReadOnlyList<TResult>>> sendBatch,
        Func<TResult, int, TRecord, TResult> placeInInput,
        Func<TResult, bool> succeeded,
        Func<TRecord, string, TResult>? refusedResult,
        IProgress<BulkSyncProgress>? progress,
        long startIndex,
        CancellationToken cancellationToken)
    {
        _refusedResult = refusedResult;
        _operation = operation;
        _batchSize = batchSize;
        _maxConcurrency = maxConcurrency;
        _sendBatch = sendBatch;
        _placeInInput = placeInInput;
        _succeeded = succeeded;
        _progress = progress;
        _startIndex = startIndex;
        _callerToken = cancellationToken;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _input = input.GetAsyncEnumerator(_stop.Token);
    }

    /// <summary>The whole job as a stream of results in input order.</summary>
    /// <param name="create">Makes the job when enumeration starts, so nothing is read or sent before that.</param>
    /// <param name="cancellationToken">The caller's token, combined by the compiler with any token given to <c>WithCancellation</c>.</param>
    public static async IAsyncEnumerable<TResult> RunAsync(
        Func<CancellationToken, BulkSyncJob<TRecord, TResult>> create,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var job = create(cancellationToken);
        while (await job.NextBatchResultsAsync().ConfigureAwait(false) is { } results)
        {
            foreach (var result in results)
            {
                job._resultsYielded++;
                yield return result;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        // A consumer that stops early must not leave calls running behind its back.
        await _stop.CancelAsync().ConfigureAwait(false);
        foreach (var batch in _inFlight)
        {
            await ObserveAsync(batch.Task).ConfigureAwait(false);
        }

        await _input.DisposeAsync().ConfigureAwait(false);

        // Stryker disable once Statement : it only unregisters the link from the caller's token, which no public behaviour shows.
        _stop.Dispose();
    }

    /// <summary>The results of the oldest batch, placed in the input; null when the input is done.</summary>
    private async Task<IReadOnlyList<TResult>?> NextBatchResultsAsync()
    {
        await FillAsync().ConfigureAwait(false);
        if (!_inFlight.TryPeek(out var head))
        {
            return null;
        }

        IReadOnlyList<TResult> answer;
        try
        {
            answer = await head.Task.ConfigureAwait(false);
            EnsureOneResultPerRecord(answer, head);
        }
        catch (Exception failure)
        {
            throw await StopAsync(failure, headFailed: true, readButUnsent: []).ConfigureAwait(false);
        }

        _inFlight.Dequeue();
        var placed = Place(answer, head);
        Report(head.Records.Count, placed.Count(_succeeded), head.CallMade);
        return placed;
    }

    /// <summary>
    /// Where a restarted job must begin: every record before it has a result the consumer took.
    /// Results handed out are taken by the time the job runs again, since it only runs when the
    /// consumer asks for the next one.
    /// </summary>
    private long ResumeIndex => _startIndex + _resultsYielded;

    /// <summary>Reads batches and sends them until enough are in flight or the input ends.</summary>
    private async Task FillAsync()
    {
        await SkipSettledAsync().ConfigureAwait(false);
        while (!_inputEnded && _inFlight.Count < _maxConcurrency)
        {
            var offset = _recordsRead;
            var records = new List<TRecord>(_batchSize);
            try
            {
                while (records.Count < _batchSize && await _input.MoveNextAsync().ConfigureAwait(false))
                {
                    records.Add(_input.Current);
                    _recordsRead = checked(_recordsRead + 1);
                }
            }
            catch (Exception failure)
            {
                throw await StopAsync(failure, headFailed: false, readButUnsent: Unsynced(records, offset, mayHaveReached: false)).ConfigureAwait(false);
            }

            _inputEnded = records.Count < _batchSize;
            if (records.Count > 0)
            {
                var batch = new Batch(offset, records);
                batch.Task = SendAsync(batch);
                _inFlight.Enqueue(batch);
            }
        }
    }

    /// <summary>Reads past the records an earlier run settled, without sending them, once.</summary>
    private async Task SkipSettledAsync()
    {
        if (_startReached)
        {
            return;
        }

        _startReached = true;
        try
        {
            while (_recordsRead < _startIndex && await _input.MoveNextAsync().ConfigureAwait(false))
            {
                _recordsRead = checked(_recordsRead + 1);
            }
        }
        catch (Exception failure)
        {
            throw await StopAsync(failure, headFailed: false, readButUnsent: []).ConfigureAwait(false);
        }

        _inputEnded = _recordsRead < _startIndex;
    }

    /// <summary>
    /// Sends one batch. A record the client refuses before sending stops the job, or (when the
    /// caller asked for it) becomes a failed result while the batch is sent again without it.
    /// </summary>
    private async Task<IReadOnlyList<TResult>> SendAsync(Batch batch)
    {
        var toSend = batch.Records;
        List<int>? positions = null; // where each record of toSend sits in the batch, once one was taken out
        Dictionary<int, TResult>? refused = null;

        while (true)
        {
            IReadOnlyList<TResult> answer;
            batch.CallMade = toSend.Count > 0;
            try
            {
                answer = toSend.Count == 0 ? [] : await _sendBatch(toSend, _stop.Token).ConfigureAwait(false);
            }
            catch (MarketoRequestValidationException invalid) when (invalid.RecordIndex is { } index && index < toSend.Count)
            {
                // The call's index means nothing to a caller streaming a million records: name its place in the input.
                batch.CallMade = false;
                var position = positions?[index] ?? index;
                var message = RequestGuard.InInput(invalid.Message, index, batch.Offset + position);
                if (_refusedResult is null)
                {
                    throw new MarketoRequestValidationException(message, invalid.ParamName, batch.Offset + position, invalid.Field);
                }

                (refused ??= [])[position] = _refusedResult(batch.Records[position], message);
                if (positions is null)
                {
                    positions = [.. Enumerable.Range(0, toSend.Count)];
                    toSend = [.. toSend];
                }

                positions.RemoveAt(index);
                toSend.RemoveAt(index);
                continue;
            }

            return refused is null ? answer : Merge(answer, toSend.Count, positions!, refused, batch.Records.Count);
        }
    }

    /// <summary>The answer for the records sent and the failed results of those refused, in batch order.</summary>
    private IReadOnlyList<TResult> Merge(IReadOnlyList<TResult> answer, int sent, List<int> positions, Dictionary<int, TResult> refused, int batchSize)
    {
        if (answer.Count != sent)
        {
            throw ResultCountMismatch(answer.Count, sent);
        }

        var merged = new TResult[batchSize];
        for (var i = 0; i < sent; i++)
        {
            merged[positions[i]] = answer[i];
        }

        foreach (var (position, result) in refused)
        {
            merged[position] = result;
        }

        return merged;
    }

    /// <summary>Ends the job and builds the exception that accounts for every record read.</summary>
    /// <param name="failure">What stopped the job.</param>
    /// <param name="headFailed">
    /// True when the oldest call in flight is what failed (or was cancelled): the others are then
    /// cancelled at once. False when the input failed: calls in flight are left to finish, so their
    /// records end up synced rather than in doubt.
    /// </param>
    /// <param name="readButUnsent">Records read from the input but never sent.</param>
    private async Task<Exception> StopAsync(Exception failure, bool headFailed, IReadOnlyList<UnsyncedRecord<TRecord>> readButUnsent)
    {
        if (headFailed)
        {
            await _stop.CancelAsync().ConfigureAwait(false);
        }

        var pending = new List<TResult>();
        var unsynced = new List<UnsyncedRecord<TRecord>>();
        var isHead = headFailed;

        while (_inFlight.TryDequeue(out var batch))
        {
            var outcome = await ObserveAsync(batch.Task).ConfigureAwait(false);
            if (!isHead && outcome.Results is { } results && results.Count == batch.Records.Count)
            {
                // A later call finished before the stop reached it: its records are synced.
                var placed = Place(results, batch);
                pending.AddRange(placed);
                Report(batch.Records.Count, placed.Count(_succeeded), batch.CallMade);
                continue;
            }

            // The failed head, or a call that failed too or was cut off mid-way by the stop.
            var reason = isHead ? failure : outcome.Failure ?? failure;
            unsynced.AddRange(Unsynced(batch.Records, batch.Offset, RetryDecision.CallMayHaveBeenApplied(reason)));
            Report(batch.Records.Count, succeeded: 0, batch.CallMade);
            isHead = false;
        }

        unsynced.AddRange(readButUnsent);
        var report = new BulkSyncReport<TRecord, TResult>(_recordsRead, _resultsYielded, pending, unsynced) { ResumeIndex = ResumeIndex };

        if (_callerToken.IsCancellationRequested)
        {
            return new MarketoBulkSyncCanceledException<TRecord, TResult>(
                string.Create(CultureInfo.InvariantCulture, $"The bulk {_operation} was cancelled after {_resultsYielded} results; {unsynced.Count} records read were not confirmed as synced."),
                report,
                failure,
                _callerToken);
        }

        return new MarketoBulkSyncException<TRecord, TResult>(
            string.Create(CultureInfo.InvariantCulture, $"The bulk {_operation} stopped after {_resultsYielded} results; {unsynced.Count} records read were not confirmed as synced. {failure.Message}"),
            report,
            failure);
    }

    private List<TResult> Place(IReadOnlyList<TResult> answer, Batch batch)
    {
        var placed = new List<TResult>(answer.Count);
        for (var i = 0; i < answer.Count; i++)
        {
            placed.Add(_placeInInput(answer[i], batch.Offset + i, batch.Records[i]));
        }

        return placed;
    }

    private void EnsureOneResultPerRecord(IReadOnlyList<TResult> answer, Batch batch)
    {
        if (answer.Count != batch.Records.Count)
        {
            throw ResultCountMismatch(answer.Count, batch.Records.Count);
        }
    }

    private MarketoTransportException ResultCountMismatch(int results, int records) => new(
        string.Create(CultureInfo.InvariantCulture, $"A {_operation} call answered {results} results for {records} records."),
        MarketoTransportFailure.InvalidResponse,
        httpStatusCode: null,
        _operation);

    /// <summary>Counts a batch that is done, and tells the caller; always from the flow that enumerates, so reports go out in order.</summary>
    private void Report(int records, int succeeded, bool callMade)
    {
        _counts = new BulkSyncProgress(
            _counts.RecordsSent + records,
            _counts.RecordsSucceeded + succeeded,
            _counts.RecordsFailed + (records - succeeded),
            _counts.CallsMade + (callMade ? 1 : 0))
        {
            ResumeIndex = ResumeIndex,
        };
        _progress?.Report(_counts);
    }

    private static List<UnsyncedRecord<TRecord>> Unsynced(IReadOnlyList<TRecord> records, int offset, bool mayHaveReached)
    {
        var unsynced = new List<UnsyncedRecord<TRecord>>(records.Count);
        for (var i = 0; i < records.Count; i++)
        {
            unsynced.Add(new UnsyncedRecord<TRecord>(offset + i, records[i], mayHaveReached));
        }

        return unsynced;
    }

    private static async Task<(IReadOnlyList<TResult>? Results, Exception? Failure)> ObserveAsync(Task<IReadOnlyList<TResult>> task)
    {
        try
        {
            return (await task.ConfigureAwait(false), null);
        }
        catch (Exception failure)
        {
            return (null, failure);
        }
    }

    private sealed class Batch(int offset, List<TRecord> records)
    {
        public int Offset { get; } = offset;

        public List<TRecord> Records { get; } = records;

        public Task<IReadOnlyList<TResult>> Task { get; set; } = null!;

        /// <summary>Whether the batch's last attempt went to the client: false when every record was refused before sending. Read only after <see cref="Task"/> ends.</summary>
        public bool CallMade { get; set; }
    }
}
