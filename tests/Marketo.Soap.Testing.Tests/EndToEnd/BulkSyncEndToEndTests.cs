using Marketo.Soap.Bulk;
using Marketo.Soap.Models;
using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests.EndToEnd;

/// <summary>
/// Bulk jobs of the real <see cref="MarketoSoapClient"/> against the emulator over real HTTP, with
/// faults injected: no record is lost, and none is sent again when that could duplicate it.
/// </summary>
/// <remarks>
/// The client runs on the system clock with back-off of a few milliseconds, so its repeats really
/// happen; the emulator runs on the system clock too, its rate window relaxed where a test makes
/// more calls than Marketo allows in 20 seconds.
/// </remarks>
public class BulkSyncEndToEndTests
{
    private const int OpportunityBatch = 50;

    [Fact]
    public async Task BulkSyncLeadsAsync_TenThousandLeadsThroughRefusalsAndLostConnections_SyncsEachLeadOnceInInputOrder()
    {
        await using var emulator = await MarketoSoapEmulator.StartAsync(new MarketoSoapEmulatorOptions { CallsPer20Seconds = 1000 });
        FaultRule[] rules =
        [
            emulator.Faults.InjectWhen(InjectedFault.ServiceUnavailable(), BulkInput.CarryingLead(0), count: 2),
            emulator.Faults.InjectWhen(InjectedFault.MarketoFault(20023), BulkInput.CarryingLead(1000)),
            emulator.Faults.InjectWhen(InjectedFault.MarketoFault(20024), BulkInput.CarryingLead(2000)),
            emulator.Faults.InjectWhen(InjectedFault.DropConnection(), BulkInput.CarryingLead(3000)),
            emulator.Faults.InjectWhen(InjectedFault.HtmlErrorPage(502), BulkInput.CarryingLead(4000)),
            emulator.Faults.InjectWhen(InjectedFault.MarketoFault(20023), BulkInput.CarryingLead(5000)),
            emulator.Faults.InjectWhen(InjectedFault.DropConnection(), BulkInput.CarryingLead(5000)),
            emulator.Faults.InjectWhen(InjectedFault.ServiceUnavailable(), BulkInput.CarryingLead(9750)),
        ];
        using var client = new MarketoSoapClient(emulator.CreateClientOptions().WithQuickRetries());
        var input = BulkInput.Leads(10_000);

        var results = await client.BulkSyncLeadsAsync(input.ToAsyncEnumerable(), options: new BulkSyncOptions { BatchSize = 250, MaxConcurrency = 4 }).ToListAsync();

        Assert.Equal(Enumerable.Range(0, 10_000), results.Select(r => r.Index));
        Assert.All(results, r => Assert.Same(input[r.Index], r.Lead));
        Assert.All(results, r => Assert.Equal(LeadSyncStatus.Created, r.Status));
        Assert.Equal(10_000, emulator.Store.Leads.Count);
        BulkAssert.StoreAgreesWith(emulator.Store, results, []);

        var exchanges = emulator.Exchanges;
        Assert.All(rules, rule => Assert.Equal(0, rule.Remaining));
        Assert.Equal(40 + 9, exchanges.Count);
        Assert.Equal((3, 3), (exchanges.Carrying(BulkInput.LeadMarker(0)).Count(), exchanges.Carrying(BulkInput.LeadMarker(5000)).Count()));
        var answered = exchanges.Answered().ToList();
        Assert.Equal(40, answered.Count);
        Assert.Equal(input.Select(l => l.Email!).Order(StringComparer.Ordinal), answered.SelectMany(e => e.LeadEmails()).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(InjectedFaultKind.DropConnection)]
    [InlineData(InjectedFaultKind.HttpError)]
    public async Task BulkSyncMObjectsAsync_InsertCallFailsAmbiguously_IsNotRepeatedAndItsObjectsMayHaveReachedMarketo(InjectedFaultKind failure)
    {
        await using var emulator = await MarketoSoapEmulator.StartAsync();
        emulator.Faults.InjectWhen(AmbiguousFailure(failure), BulkInput.CarryingOpportunity(100));
        using var client = new MarketoSoapClient(emulator.CreateClientOptions().WithQuickRetries());
        var input = BulkInput.Opportunities(250);
        var yielded = new List<MObjectSyncResult>();

        var stopped = await BulkJobs.RunAsync(client.BulkSyncMObjectsAsync(MObjectOperation.Insert, input.ToAsyncEnumerable(), OpportunityOptions()), yielded);

        var stop = Assert.IsType<MarketoBulkSyncException<MObjectRecord, MObjectSyncResult>>(stopped);
        Assert.IsType<MarketoTransportException>(stop.InnerException);
        Assert.Equal(Enumerable.Range(0, 100), yielded.Select(r => r.Index));
        var failedCall = stop.Report.UnsyncedRecords.Where(u => u.Index is >= 100 and < 150).ToList();
        Assert.Equal(Enumerable.Range(100, 50), failedCall.Select(u => u.Index));
        Assert.All(failedCall, u => Assert.True(u.MayHaveReachedMarketo));
        Assert.Single(emulator.Exchanges.Carrying(BulkInput.OpportunityMarker(100)));
        BulkAssert.AccountsForEveryRecordReadOnce(input, yielded, stop.Report, r => (r.Index, r.Record));
        BulkAssert.StoreAgreesWith(emulator.Store, yielded.Concat(stop.Report.PendingResults), stop.Report.UnsyncedRecords);
    }

    [Fact]
    public async Task BulkSyncMObjectsAsync_InsertAppliedButItsAnswerCutShort_IsNotRepeatedAndLeavesOneCopy()
    {
        await using var emulator = await MarketoSoapEmulator.StartAsync();
        emulator.Faults.InjectWhen(InjectedFault.TruncatedBody(), BulkInput.CarryingOpportunity(100));
        using var client = new MarketoSoapClient(emulator.CreateClientOptions().WithQuickRetries());
        var input = BulkInput.Opportunities(250);
        var yielded = new List<MObjectSyncResult>();

        var stopped = await BulkJobs.RunAsync(client.BulkSyncMObjectsAsync(MObjectOperation.Insert, input.ToAsyncEnumerable(), OpportunityOptions()), yielded);

        var failure = Assert.IsType<MarketoBulkSyncException<MObjectRecord, MObjectSyncResult>>(stopped);
        var failedCall = failure.Report.UnsyncedRecords.Where(u => u.Index is >= 100 and < 150).ToList();
        Assert.Equal(Enumerable.Range(100, 50), failedCall.Select(u => u.Index));
        Assert.All(failedCall, u => Assert.True(u.MayHaveReachedMarketo));
        Assert.Single(emulator.Exchanges.Carrying(BulkInput.OpportunityMarker(100)));
        var keys = emulator.Store.Opportunities.Select(o => o.ExternalKey!.Value).ToHashSet(StringComparer.Ordinal);
        Assert.All(failedCall, u => Assert.Contains(u.Record.ExternalKey!.Value, keys));
        BulkAssert.StoreAgreesWith(emulator.Store, yielded.Concat(failure.Report.PendingResults), failure.Report.UnsyncedRecords);
    }

    [Theory]
    [InlineData(InjectedFaultKind.DropConnection)]
    [InlineData(InjectedFaultKind.HttpError)]
    public async Task BulkSyncMObjectsAsync_InsertCallFailsAmbiguouslyAndCallerAcceptsRepeats_IsRepeated(InjectedFaultKind failure)
    {
        await using var emulator = await MarketoSoapEmulator.StartAsync();
        emulator.Faults.InjectWhen(AmbiguousFailure(failure), BulkInput.CarryingOpportunity(100));
        var options = emulator.CreateClientOptions().WithQuickRetries();
        options.Retry.RetryUnsafeCallsAfterAmbiguousFailures = true;
        using var client = new MarketoSoapClient(options);
        var input = BulkInput.Opportunities(250);

        var results = await client.BulkSyncMObjectsAsync(MObjectOperation.Insert, input.ToAsyncEnumerable(), OpportunityOptions()).ToListAsync();

        Assert.Equal(Enumerable.Range(0, 250), results.Select(r => r.Index));
        Assert.All(results, r => Assert.Equal(MObjectSyncStatus.Created, r.Status));
        Assert.Equal(2, emulator.Exchanges.Carrying(BulkInput.OpportunityMarker(100)).Count());
        Assert.Equal(250, emulator.Store.Opportunities.Count);
        BulkAssert.StoreAgreesWith(emulator.Store, results, []);
    }

    [Fact]
    public async Task BulkSyncMObjectsAsync_InsertRefusedWithRateAndConcurrencyFaults_IsRepeatedAndCreatesEachObjectOnce()
    {
        await using var emulator = await MarketoSoapEmulator.StartAsync();
        emulator.Faults.InjectWhen(InjectedFault.MarketoFault(20023), BulkInput.CarryingOpportunity(100));
        emulator.Faults.InjectWhen(InjectedFault.MarketoFault(20024), BulkInput.CarryingOpportunity(100));
        using var client = new MarketoSoapClient(emulator.CreateClientOptions().WithQuickRetries());
        var input = BulkInput.Opportunities(250);

        var results = await client.BulkSyncMObjectsAsync(MObjectOperation.Insert, input.ToAsyncEnumerable(), OpportunityOptions()).ToListAsync();

        Assert.Equal(Enumerable.Range(0, 250), results.Select(r => r.Index));
        Assert.All(results, r => Assert.Equal(MObjectSyncStatus.Created, r.Status));
        Assert.Equal([20023, 20024, null], emulator.Exchanges.Carrying(BulkInput.OpportunityMarker(100)).Select(e => e.ErrorCode));
        Assert.Equal(250, emulator.Store.Opportunities.Count);
        BulkAssert.StoreAgreesWith(emulator.Store, results, []);
    }

    [Fact]
    public async Task BulkSyncLeadsAsync_CancelledWhileACallIsHeld_StopsAtOnceWithAReportTheStoreAgreesWith()
    {
        var emulator = await MarketoSoapEmulator.StartAsync();
        await using var stopEmulator = emulator;
        var gate = emulator.Faults.HoldNext(when: BulkInput.CarryingLead(500));
        using var client = new MarketoSoapClient(emulator.CreateClientOptions().WithQuickRetries());
        var input = BulkInput.Leads(1000);
        var yielded = new List<LeadSyncResult>();
        var allBeforeTheHeldCallYielded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var cancellation = new CancellationTokenSource();
        var job = BulkJobs.RunAsync(
            client.BulkSyncLeadsAsync(input.ToAsyncEnumerable(), options: new BulkSyncOptions { BatchSize = 100, MaxConcurrency = 3 }, cancellationToken: cancellation.Token),
            yielded,
            count =>
            {
                if (count == 500)
                {
                    allBeforeTheHeldCallYielded.TrySetResult();
                }
            });
        await Task.WhenAny(Task.WhenAll(gate.WaitForHeldCallsAsync(1), allBeforeTheHeldCallYielded.Task), job);

        await cancellation.CancelAsync();
        // The held call is never released, so a job that waited for it would never end; the bound only guards against that hang.
        var stopped = await job.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.False(gate.IsReleased);
        var canceled = Assert.IsType<MarketoBulkSyncCanceledException<LeadRecord, LeadSyncResult>>(stopped);
        Assert.IsAssignableFrom<OperationCanceledException>(canceled);
        Assert.Equal(cancellation.Token, canceled.CancellationToken);
        var report = canceled.Report;
        Assert.Equal(Enumerable.Range(0, 500), yielded.Select(r => r.Index));
        // The held call's batch was read, and no more than the two after it (three calls at once).
        Assert.InRange(report.RecordsRead, 600, 800);
        var heldCall = report.UnsyncedRecords.Where(u => u.Index is >= 500 and < 600).ToList();
        Assert.Equal(Enumerable.Range(500, 100), heldCall.Select(u => u.Index));
        Assert.All(heldCall, u => Assert.True(u.MayHaveReachedMarketo));
        BulkAssert.AccountsForEveryRecordReadOnce(input, yielded, report, r => (r.Index, r.Lead));

        // Stopping the emulator ends the held call unhandled, so the store no longer changes.
        await emulator.DisposeAsync();
        BulkAssert.StoreAgreesWith(emulator.Store, yielded.Concat(report.PendingResults), report.UnsyncedRecords);
        Assert.DoesNotContain(emulator.Store.Leads, l => l.Email == BulkInput.EmailOf(500));
    }

    [Fact]
    public async Task BulkSyncLeadsAsync_CancelledWhileCallsWaitForAFreeSlot_ReportsTheirRecordsAsNotReachingMarketo()
    {
        await using var emulator = await MarketoSoapEmulator.StartAsync();
        var gate = emulator.Faults.HoldNext(when: BulkInput.CarryingLead(0));
        var options = emulator.CreateClientOptions().WithQuickRetries();
        options.MaxConcurrentCalls = 1;
        using var client = new MarketoSoapClient(options);
        var input = BulkInput.Leads(400);
        using var cancellation = new CancellationTokenSource();
        var job = BulkJobs.RunAsync(
            client.BulkSyncLeadsAsync(input.ToAsyncEnumerable(), options: new BulkSyncOptions { BatchSize = 100, MaxConcurrency = 4 }, cancellationToken: cancellation.Token),
            []);
        await Task.WhenAny(gate.WaitForHeldCallsAsync(1), job);

        await cancellation.CancelAsync();
        // The held call is never released, so a job that waited for it would never end; the bound only guards against that hang.
        var stopped = await job.WaitAsync(TimeSpan.FromSeconds(30));

        var report = Assert.IsType<MarketoBulkSyncCanceledException<LeadRecord, LeadSyncResult>>(stopped).Report;
        Assert.Equal(Enumerable.Range(0, 400), report.UnsyncedRecords.Select(u => u.Index));
        // The first call holds the client's only slot at the emulator; the other three never left the client.
        Assert.All(report.UnsyncedRecords, u => Assert.Equal(u.Index < 100, u.MayHaveReachedMarketo));
        Assert.All(emulator.Exchanges, e => Assert.Contains(BulkInput.LeadMarker(0), e.RequestBody, StringComparison.Ordinal));
    }

    [Fact]
    public async Task BulkSyncLeadsAsync_DailyQuotaRunsOut_StopsWithoutRepeatingAndReportsTheRecordsLeft()
    {
        await using var emulator = await MarketoSoapEmulator.StartAsync(new MarketoSoapEmulatorOptions { DailyQuota = 5 });
        using var client = new MarketoSoapClient(emulator.CreateClientOptions().WithQuickRetries());
        var input = BulkInput.Leads(1000);
        var yielded = new List<LeadSyncResult>();

        var stopped = await BulkJobs.RunAsync(client.BulkSyncLeadsAsync(input.ToAsyncEnumerable(), options: new BulkSyncOptions { BatchSize = 100, MaxConcurrency = 2 }), yielded);

        var failure = Assert.IsType<MarketoBulkSyncException<LeadRecord, LeadSyncResult>>(stopped);
        Assert.IsType<MarketoQuotaExceededException>(failure.InnerException);
        Assert.Equal((MarketoErrorCode.RequestLimitExceeded, false), (failure.ErrorCode, failure.IsRetriable));
        var report = failure.Report;
        Assert.InRange(report.RecordsRead, 600, 700);
        Assert.NotEmpty(report.UnsyncedRecords);
        BulkAssert.AccountsForEveryRecordReadOnce(input, yielded, report, r => (r.Index, r.Lead));

        var exchanges = emulator.Exchanges;
        Assert.Contains(exchanges, e => e.ErrorCode == 20015);
        Assert.All(Enumerable.Range(0, 10), batch => Assert.InRange(exchanges.Carrying(BulkInput.LeadMarker(batch * 100)).Count(), 0, 1));
        Assert.Equal(500, emulator.Store.Leads.Count);
        BulkAssert.StoreAgreesWith(emulator.Store, yielded.Concat(report.PendingResults), report.UnsyncedRecords);
    }

    [Fact]
    public async Task BulkSyncLeadsAsync_WithProgress_LastReportTotalsTheInputAndTheCallsMade()
    {
        await using var emulator = await MarketoSoapEmulator.StartAsync();
        emulator.Faults.InjectWhen(InjectedFault.ServiceUnavailable(), BulkInput.CarryingLead(300));
        using var client = new MarketoSoapClient(emulator.CreateClientOptions().WithQuickRetries());
        // Every 97th lead names an id the instance does not have, so Marketo fails it.
        var input = BulkInput.Leads(1000).Select((lead, i) => i % 97 == 0 ? lead with { Id = 900_000 + i } : lead).ToList();
        var progress = new RecordingProgress();

        var results = await client.BulkSyncLeadsAsync(input.ToAsyncEnumerable(), options: new BulkSyncOptions { BatchSize = 100, MaxConcurrency = 3, Progress = progress }).ToListAsync();

        var reports = progress.Reports;
        var failed = results.Count(r => !r.Succeeded);
        Assert.Equal(11, failed);
        Assert.Equal(new BulkSyncProgress(1000, 1000 - failed, failed, 10), reports[^1]);
        Assert.Equal(Enumerable.Range(1, 10), reports.Select(r => r.CallsMade));
        Assert.Equal(10, emulator.Exchanges.Answered().Count());
        Assert.Equal(11, emulator.Exchanges.Count);
    }

    /// <summary>A failure after which the client cannot know whether the emulator applied the call.</summary>
    private static InjectedFault AmbiguousFailure(InjectedFaultKind kind) => kind switch
    {
        InjectedFaultKind.DropConnection => InjectedFault.DropConnection(),
        InjectedFaultKind.HttpError => InjectedFault.ServiceUnavailable(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an ambiguous failure this test knows."),
    };

    private static BulkSyncOptions OpportunityOptions() => new() { BatchSize = OpportunityBatch, MaxConcurrency = 2 };
}
