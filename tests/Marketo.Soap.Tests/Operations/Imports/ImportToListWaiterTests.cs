using Marketo.Soap.Models;
using Marketo.Soap.Operations;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests.Operations.Imports;

/// <summary>The wait for an import: which reads it makes, how long it waits between them (read from the clock's timers), and how it ends.</summary>
public class ImportToListWaiterTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 15, 0, 0, TimeSpan.Zero);
    private static readonly GetImportToListStatusRequest Request = new() { ProgramName = "Spring Webinar", ListName = "Registrants" };

    [Fact]
    public async Task WaitAsync_CompleteOnFourthRead_WaitsOneTwoFourMinutesAndReturnsIt()
    {
        var clock = new TimerRecordingClock(Start);
        var reads = new Statuses(ImportToListStatus.Processing, ImportToListStatus.Processing, ImportToListStatus.Processing, ImportToListStatus.Complete);

        var wait = ImportToListWaiter.WaitAsync(reads.ReadAsync, Request, new ImportToListWaitOptions(), clock, CancellationToken.None);

        Assert.Equal(
            [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(4)],
            await AdvanceThroughTimersAsync(clock, wait, 3));
        var result = await wait;
        Assert.Equal(ImportToListStatus.Complete, result.Status);
        Assert.Equal(4, reads.Count);
        Assert.Equal(Start + TimeSpan.FromMinutes(7), clock.GetUtcNow());
    }

    [Fact]
    public async Task WaitAsync_LongImport_WaitsNoLongerThanTheCap()
    {
        var clock = new TimerRecordingClock(Start);
        var reads = new Statuses([.. Enumerable.Repeat(ImportToListStatus.Processing, 6), ImportToListStatus.Complete]);
        var options = new ImportToListWaitOptions { PollInterval = TimeSpan.FromSeconds(30), MaxPollInterval = TimeSpan.FromMinutes(2) };

        var wait = ImportToListWaiter.WaitAsync(reads.ReadAsync, Request, options, clock, CancellationToken.None);

        Assert.Equal(
            [TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(2)],
            await AdvanceThroughTimersAsync(clock, wait, 6));
        Assert.Equal(ImportToListStatus.Complete, (await wait).Status);
    }

    [Fact]
    public async Task WaitAsync_StillRunningAtTheDeadline_ReadsAtTheDeadlineThenThrowsTimedOut()
    {
        var clock = new TimerRecordingClock(Start);
        var reads = new Statuses([.. Enumerable.Repeat(ImportToListStatus.Processing, 10)]);
        var options = new ImportToListWaitOptions { PollInterval = TimeSpan.FromMinutes(1), MaxPollInterval = TimeSpan.FromMinutes(5), Timeout = TimeSpan.FromMinutes(5) };

        var wait = ImportToListWaiter.WaitAsync(reads.ReadAsync, Request, options, clock, CancellationToken.None);

        Assert.Equal([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(2)], await AdvanceThroughTimersAsync(clock, wait, 3));
        var failure = await Assert.ThrowsAsync<MarketoImportToListException>(() => wait);
        Assert.Equal(ImportToListWaitOutcome.TimedOut, failure.Outcome);
        Assert.Equal(4, failure.Polls);
        Assert.Equal(ImportToListStatus.Processing, failure.LastStatus.Status);
        Assert.False(failure.IsRetriable);
    }

    [Theory]
    [InlineData(ImportToListStatus.Failed, ImportToListWaitOutcome.Failed)]
    [InlineData(ImportToListStatus.Canceled, ImportToListWaitOutcome.Canceled)]
    public async Task WaitAsync_ImportEnds_ThrowsWithTheOutcomeAndMarketosSummary(ImportToListStatus status, ImportToListWaitOutcome outcome)
    {
        var clock = new TimerRecordingClock(Start);
        var reads = new Statuses(ImportToListStatus.Processing, status);

        var wait = ImportToListWaiter.WaitAsync(reads.ReadAsync, Request, new ImportToListWaitOptions(), clock, CancellationToken.None);

        await AdvanceThroughTimersAsync(clock, wait, 1);
        var failure = await Assert.ThrowsAsync<MarketoImportToListException>(() => wait);
        Assert.Equal(outcome, failure.Outcome);
        Assert.Equal(status, failure.LastStatus.Status);
        Assert.Contains("summary of read 2", failure.Message, StringComparison.Ordinal);
        Assert.Contains("'Registrants'", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WaitAsync_UnknownStatusWord_KeepsWaiting()
    {
        var clock = new TimerRecordingClock(Start);
        var reads = new Statuses(ImportToListStatus.Unknown, ImportToListStatus.Complete);

        var wait = ImportToListWaiter.WaitAsync(reads.ReadAsync, Request, new ImportToListWaitOptions(), clock, CancellationToken.None);

        await AdvanceThroughTimersAsync(clock, wait, 1);
        Assert.Equal(ImportToListStatus.Complete, (await wait).Status);
    }

    [Fact]
    public async Task WaitAsync_CancelledDuringAWait_ThrowsOperationCanceledWithoutAnotherRead()
    {
        var clock = new TimerRecordingClock(Start);
        var reads = new Statuses(ImportToListStatus.Processing, ImportToListStatus.Complete);
        using var cancel = new CancellationTokenSource();

        var wait = ImportToListWaiter.WaitAsync(reads.ReadAsync, Request, new ImportToListWaitOptions(), clock, cancel.Token);
        await clock.NextTimerAsync();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait);
        Assert.Equal(1, reads.Count);
    }

    public static TheoryData<ImportToListWaitOptions> BadOptions => new()
    {
        new ImportToListWaitOptions { PollInterval = TimeSpan.Zero },
        new ImportToListWaitOptions { PollInterval = TimeSpan.FromMinutes(2), MaxPollInterval = TimeSpan.FromMinutes(1) },
        new ImportToListWaitOptions { Timeout = TimeSpan.Zero },
        new ImportToListWaitOptions { Timeout = TimeSpan.FromSeconds(-5) },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public async Task WaitForImportToListAsync_BadOptions_ThrowsBeforeAnyRead(ImportToListWaitOptions options)
    {
        var handler = new ReplayHandler();
        using var client = TestClient.Create(handler);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.WaitForImportToListAsync(Request, options));

        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task WaitForImportToListAsync_MissingListName_IsRefusedBeforeAnyRead()
    {
        var refusal = await OneExchange.RefusedAsync(c => c.WaitForImportToListAsync(Request with { ListName = string.Empty }));

        Assert.Equal("ListName", refusal.Field);
    }

    [Fact]
    public async Task WaitForImportToListAsync_OnTheClientsClock_ReadsUntilComplete()
    {
        var clock = new TimerRecordingClock(Start);
        var handler = new ReplayHandler()
            .ReplyFixture("getImportToListStatus.response.processing-nils.xml")
            .ReplyFixture("getImportToListStatus.response.complete.xml");
        using var client = TestClient.Create(handler, clock);

        var wait = client.WaitForImportToListAsync(Request, new ImportToListWaitOptions { PollInterval = TimeSpan.FromSeconds(90) });
        await handler.WaitForRequestAsync();
        TimeSpan due;
        do
        {
            // The client's own timers (its call timeout) start on the same clock; the wait's is the 90-second one.
            due = await clock.NextTimerAsync();
        }
        while (due != TimeSpan.FromSeconds(90));

        clock.Advance(due);
        var result = await wait;

        Assert.Equal(ImportToListStatus.Complete, result.Status);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task WaitAsync_NoTimeout_KeepsReadingUntilComplete()
    {
        var clock = new TimerRecordingClock(Start);
        var reads = new Statuses(ImportToListStatus.Processing, ImportToListStatus.Processing, ImportToListStatus.Complete);
        var options = new ImportToListWaitOptions { Timeout = Timeout.InfiniteTimeSpan };

        var wait = ImportToListWaiter.WaitAsync(reads.ReadAsync, Request, options, clock, CancellationToken.None);

        Assert.Equal([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2)], await AdvanceThroughTimersAsync(clock, wait, 2));
        Assert.Equal(ImportToListStatus.Complete, (await wait).Status);
        Assert.Equal(3, reads.Count);
    }

    [Fact]
    public async Task WaitAsync_CapEqualToFirstWait_WaitsTheSameEachTime()
    {
        var clock = new TimerRecordingClock(Start);
        var reads = new Statuses(ImportToListStatus.Processing, ImportToListStatus.Processing, ImportToListStatus.Complete);
        var options = new ImportToListWaitOptions { PollInterval = TimeSpan.FromSeconds(30), MaxPollInterval = TimeSpan.FromSeconds(30) };
        ImportToListWaiter.Validate(options); // a cap equal to the first wait is a wait, not a mistake

        var wait = ImportToListWaiter.WaitAsync(reads.ReadAsync, Request, options, clock, CancellationToken.None);

        Assert.Equal([TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30)], await AdvanceThroughTimersAsync(clock, wait, 2));
        Assert.Equal(ImportToListStatus.Complete, (await wait).Status);
    }

    [Fact]
    public async Task WaitAsync_ImportFails_MessageCountsTheRowsMarketoReported()
    {
        var clock = new TimerRecordingClock(Start);
        var failed = MarketoSoapModelFactory.GetImportToListStatusResult(ImportToListStatus.Failed, rowsImported: 7, rowsFailed: 2, rowsIgnored: 1);

        var failure = await Assert.ThrowsAsync<MarketoImportToListException>(
            () => ImportToListWaiter.WaitAsync((_, _) => Task.FromResult(failed), Request, new ImportToListWaitOptions(), clock, CancellationToken.None));

        Assert.Contains("7 rows imported", failure.Message, StringComparison.Ordinal);
        Assert.Contains("2 failed", failure.Message, StringComparison.Ordinal);
        Assert.Contains("1 ignored", failure.Message, StringComparison.Ordinal);
        Assert.Contains("after 1 status reads", failure.Message, StringComparison.Ordinal);
    }

    /// <summary>Advances the clock by each of the wait's next <paramref name="count"/> timers, returning their lengths.</summary>
    private static async Task<List<TimeSpan>> AdvanceThroughTimersAsync(TimerRecordingClock clock, Task wait, int count)
    {
        var waits = new List<TimeSpan>();
        for (var i = 0; i < count && !wait.IsCompleted; i++)
        {
            var due = await clock.NextTimerAsync();
            waits.Add(due);
            clock.Advance(due);
        }

        return waits;
    }

    /// <summary>Answers each status read with the next state of a script, with a summary naming the read.</summary>
    private sealed class Statuses(params ImportToListStatus[] script)
    {
        public int Count { get; private set; }

        public Task<GetImportToListStatusResult> ReadAsync(GetImportToListStatusRequest request, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var status = script[Count++];
            return Task.FromResult(MarketoSoapModelFactory.GetImportToListStatusResult(status, importSummary: $"summary of read {Count}"));
        }
    }
}
