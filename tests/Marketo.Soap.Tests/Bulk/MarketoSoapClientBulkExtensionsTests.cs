using System.Runtime.CompilerServices;
using Marketo.Soap.Bulk;
using Marketo.Soap.Models;
using Marketo.Soap.Tests.TestSupport;
using Moq;

namespace Marketo.Soap.Tests.Bulk;

public class MarketoSoapClientBulkExtensionsTests
{
    private static readonly BulkSyncOptions TenPerCallThreeAtOnce = new() { BatchSize = 10, MaxConcurrency = 3 };

    [Fact]
    public async Task BulkSyncLeadsAsync_CallsFinishOutOfOrder_YieldsEveryResultInInputOrder()
    {
        var calls = new ScriptedLeadCalls();
        var input = Leads.Numbered(25);
        var collecting = calls.Client.BulkSyncLeadsAsync(input.ToAsyncEnumerable(), options: TenPerCallThreeAtOnce).ToListAsync().AsTask();

        var pending = await calls.WaitForCallsAsync(3);
        pending[2].Succeed();
        pending[1].Succeed();
        pending[0].Succeed();
        var results = await collecting;

        Assert.Equal(Enumerable.Range(0, 25), results.Select(r => r.Index));
        Assert.All(results, r => Assert.Same(input[r.Index], r.Lead));
        Assert.Equal([10, 10, 5], calls.Calls.Select(c => c.Request.Leads.Count));
    }

    [Fact]
    public async Task BulkSyncLeadsAsync_StreamingInput_ReadsNoMoreThanTheBatchesInFlight()
    {
        var client = new Mock<IMarketoSoapClient>();
        client.Setup(c => c.SyncMultipleLeadsAsync(It.IsAny<SyncMultipleLeadsRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((SyncMultipleLeadsRequest request, CancellationToken _) => ScriptedLeadCalls.AllCreated(request));
        var read = new StrongBox<int>();
        var options = new BulkSyncOptions { BatchSize = 10, MaxConcurrency = 2 };

        var yielded = 0;
        await foreach (var result in client.Object.BulkSyncLeadsAsync(Leads.Counted(1000, read), options: options))
        {
            // While batch k is handed out, at most batch k+1 has been read besides it.
            Assert.InRange(read.Value, 0, ((result.Index / 10) + 2) * 10);
            yielded++;
        }

        Assert.Equal(1000, yielded);
    }

    [Fact]
    public async Task BulkSyncLeadsAsync_MiddleCallFails_ReportAccountsForEveryRecordReadExactlyOnce()
    {
        var calls = new ScriptedLeadCalls();
        var yielded = new List<LeadSyncResult>();
        var job = CollectUntilFailureAsync(calls.Client.BulkSyncLeadsAsync(Leads.Numbered(50).ToAsyncEnumerable(), options: TenPerCallThreeAtOnce), yielded);

        (await calls.WaitForCallsAsync(3))[0].Succeed();
        var inFlight = await calls.WaitForCallsAsync(4);
        inFlight[2].Succeed();
        inFlight[1].Fail(new MarketoSoapException("20110 - Bad Parameter", 20110, "Client", "syncMultipleLeads"));
        var failure = Assert.IsType<MarketoBulkSyncException<LeadRecord, LeadSyncResult>>(await job);

        var report = failure.Report;
        Assert.Equal(Enumerable.Range(0, 10), yielded.Select(r => r.Index));
        Assert.Equal(Enumerable.Range(20, 10), report.PendingResults.Select(r => r.Index));
        Assert.Equal([.. Enumerable.Range(10, 10), .. Enumerable.Range(30, 10)], report.UnsyncedRecords.Select(r => r.Index));
        Assert.Equal(40, report.RecordsRead);
        Assert.Equal(
            Enumerable.Range(0, 40),
            yielded.Select(r => r.Index).Concat(report.PendingResults.Select(r => r.Index)).Concat(report.UnsyncedRecords.Select(r => r.Index)).Order());
        Assert.Equal(20110, failure.ErrorCode?.Value);
    }

    [Fact]
    public async Task BulkSyncLeadsAsync_CallFailsWithRefusal_MarksItsRecordsAsNotReachingMarketoAndCutOffCallsAsInDoubt()
    {
        var calls = new ScriptedLeadCalls();
        var job = CollectUntilFailureAsync(calls.Client.BulkSyncLeadsAsync(Leads.Numbered(20).ToAsyncEnumerable(), options: TenPerCallThreeAtOnce), []);

        var inFlight = await calls.WaitForCallsAsync(2);
        inFlight[0].Fail(new MarketoSoapException("20023 - Rate Limit Exceeded", 20023, "Client", "syncMultipleLeads"));
        var failure = Assert.IsType<MarketoBulkSyncException<LeadRecord, LeadSyncResult>>(await job);

        Assert.All(failure.Report.UnsyncedRecords.Where(r => r.Index < 10), r => Assert.False(r.MayHaveReachedMarketo));
        Assert.All(failure.Report.UnsyncedRecords.Where(r => r.Index >= 10), r => Assert.True(r.MayHaveReachedMarketo));
        Assert.True(inFlight[1].Token.IsCancellationRequested);
    }

    [Fact]
    public async Task BulkSyncLeadsAsync_CancelledHalfway_ThrowsCancellationWithReportAndCancelsCallsInFlight()
    {
        var calls = new ScriptedLeadCalls();
        using var cancellation = new CancellationTokenSource();
        var yielded = new List<LeadSyncResult>();
        var job = CollectUntilFailureAsync(calls.Client.BulkSyncLeadsAsync(Leads.Numbered(40).ToAsyncEnumerable(), options: TenPerCallThreeAtOnce, cancellationToken: cancellation.Token), yielded);

        (await calls.WaitForCallsAsync(3))[0].Succeed();
        var inFlight = await calls.WaitForCallsAsync(4);
        await cancellation.CancelAsync();
        var failure = await job;

        var cancelled = Assert.IsType<MarketoBulkSyncCanceledException<LeadRecord, LeadSyncResult>>(failure);
        Assert.IsAssignableFrom<OperationCanceledException>(failure);
        Assert.All(inFlight.Skip(1), call => Assert.True(call.Token.IsCancellationRequested));
        Assert.Equal(10, yielded.Count);
        Assert.Equal(Enumerable.Range(10, 30), cancelled.Report.UnsyncedRecords.Select(r => r.Index));
    }

    [Fact]
    public async Task BulkSyncLeadsAsync_CancelledWhileCallsWaitForTheClientsSlot_ReportsOnlyTheSentCallAsMayHaveReachedMarketo()
    {
        var handler = new ReplayHandler().Hang();
        var options = SeedCredentials.Options();
        options.MaxConcurrentCalls = 1;
        options.Timeout = TimeSpan.FromMinutes(10);
        using var client = TestClient.Create(handler, options: options);
        using var cancellation = new CancellationTokenSource();
        var job = CollectUntilFailureAsync(client.BulkSyncLeadsAsync(Leads.Numbered(30).ToAsyncEnumerable(), options: TenPerCallThreeAtOnce, cancellationToken: cancellation.Token), []);

        await handler.WaitForRequestAsync();
        await cancellation.CancelAsync();
        var cancelled = Assert.IsType<MarketoBulkSyncCanceledException<LeadRecord, LeadSyncResult>>(await job);

        // The first call took the client's only slot and hangs; the other two never left the client.
        Assert.Single(handler.Requests);
        Assert.Equal(Enumerable.Range(0, 30), cancelled.Report.UnsyncedRecords.Select(r => r.Index));
        Assert.All(cancelled.Report.UnsyncedRecords, r => Assert.Equal(r.Index < 10, r.MayHaveReachedMarketo));
    }

    [Fact]
    public async Task BulkSyncLeadsAsync_InputFails_KeepsCallsInFlightAndReportsTheRecordsReadButUnsent()
    {
        var client = new Mock<IMarketoSoapClient>();
        client.Setup(c => c.SyncMultipleLeadsAsync(It.IsAny<SyncMultipleLeadsRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((SyncMultipleLeadsRequest request, CancellationToken _) => ScriptedLeadCalls.AllCreated(request));

        var failure = await CollectUntilFailureAsync(client.Object.BulkSyncLeadsAsync(FailingAfter(15), options: TenPerCallThreeAtOnce), []);

        var stopped = Assert.IsType<MarketoBulkSyncException<LeadRecord, LeadSyncResult>>(failure);
        Assert.IsType<IOException>(stopped.InnerException);
        Assert.Equal(Enumerable.Range(0, 10), stopped.Report.PendingResults.Select(r => r.Index));
        Assert.Equal(Enumerable.Range(10, 5), stopped.Report.UnsyncedRecords.Select(r => r.Index));
        Assert.All(stopped.Report.UnsyncedRecords, r => Assert.False(r.MayHaveReachedMarketo));
    }

    [Fact]
    public async Task BulkSyncLeadsAsync_RecordInLaterCallIsInvalid_NamesItsPlaceInTheInputAndSendsNothingOfThatCall()
    {
        var handler = new ReplayHandler().ReplyFixture("syncMultipleLeads.response.updated-updated.xml");
        using var client = TestClient.Create(handler);
        List<LeadRecord> input = [.. Leads.Numbered(3), new LeadRecord()];

        var failure = await CollectUntilFailureAsync(client.BulkSyncLeadsAsync(input.ToAsyncEnumerable(), options: new BulkSyncOptions { BatchSize = 2, MaxConcurrency = 1 }), []);

        var stopped = Assert.IsType<MarketoBulkSyncException<LeadRecord, LeadSyncResult>>(failure);
        var invalid = Assert.IsType<MarketoRequestValidationException>(stopped.InnerException);
        Assert.Equal(3, invalid.RecordIndex);
        Assert.Single(handler.Requests);
        Assert.Equal([2, 3], stopped.Report.UnsyncedRecords.Select(r => r.Index));
    }

    [Fact]
    public async Task BulkSyncLeadsAsync_WithProgress_ReportsEachCallAndEndsWithTheTotals()
    {
        var client = new Mock<IMarketoSoapClient>();
        client.Setup(c => c.SyncMultipleLeadsAsync(It.IsAny<SyncMultipleLeadsRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((SyncMultipleLeadsRequest request, CancellationToken _) => MarketoSoapModelFactory.SyncMultipleLeadsResult(
                request.Leads.Select((lead, i) => MarketoSoapModelFactory.LeadSyncResult(i, lead, 1, i == 0 ? LeadSyncStatus.Failed : LeadSyncStatus.Updated))));
        var reports = new List<BulkSyncProgress>();
        var options = new BulkSyncOptions { BatchSize = 10, MaxConcurrency = 1, Progress = new SynchronousProgress<BulkSyncProgress>(reports.Add) };

        await client.Object.BulkSyncLeadsAsync(Leads.Numbered(25).ToAsyncEnumerable(), options: options).ToListAsync();

        // The resume point counts only results already taken: a call's own results are handed out after its report.
        Assert.Equal([new(10, 9, 1, 1) { ResumeIndex = 0 }, new(20, 18, 2, 2) { ResumeIndex = 10 }, new(25, 22, 3, 3) { ResumeIndex = 20 }], reports);
    }

    [Fact]
    public async Task BulkSyncLeadsAsync_WithStartIndex_SkipsThatManyRecordsUnsentAndNumbersResultsFromThere()
    {
        var calls = new ScriptedLeadCalls();
        var input = Leads.Numbered(25);
        var collecting = calls.Client.BulkSyncLeadsAsync(input.ToAsyncEnumerable(), options: new BulkSyncOptions { BatchSize = 10, StartIndex = 12 }).ToListAsync().AsTask();

        foreach (var call in await calls.WaitForCallsAsync(2))
        {
            call.Succeed();
        }

        var results = await collecting;

        Assert.Equal(Enumerable.Range(12, 13), results.Select(r => r.Index));
        Assert.All(results, r => Assert.Same(input[r.Index], r.Lead));
        Assert.Equal(input.Skip(12), calls.Calls.SelectMany(c => c.Request.Leads));
    }

    [Fact]
    public async Task BulkSyncLeadsAsync_RestartedFromTheStoppedJobsResumeIndex_YieldsEveryIndexOnceAcrossBothRuns()
    {
        var firstRun = new ScriptedLeadCalls();
        var input = Leads.Numbered(50);
        var firstYielded = new List<LeadSyncResult>();
        var job = CollectUntilFailureAsync(firstRun.Client.BulkSyncLeadsAsync(input.ToAsyncEnumerable(), options: TenPerCallThreeAtOnce), firstYielded);

        (await firstRun.WaitForCallsAsync(3))[0].Succeed();
        var inFlight = await firstRun.WaitForCallsAsync(4);
        inFlight[1].Fail(new MarketoSoapException("20110 - Bad Parameter", 20110, "Client", "syncMultipleLeads"));
        var stopped = Assert.IsType<MarketoBulkSyncException<LeadRecord, LeadSyncResult>>(await job);

        var secondRun = new Mock<IMarketoSoapClient>();
        secondRun.Setup(c => c.SyncMultipleLeadsAsync(It.IsAny<SyncMultipleLeadsRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((SyncMultipleLeadsRequest request, CancellationToken _) => ScriptedLeadCalls.AllCreated(request));
        var restart = new BulkSyncOptions { BatchSize = 10, MaxConcurrency = 3, StartIndex = stopped.Report.ResumeIndex };
        var secondYielded = await secondRun.Object.BulkSyncLeadsAsync(input.ToAsyncEnumerable(), options: restart).ToListAsync();

        Assert.Equal(10, stopped.Report.ResumeIndex);
        Assert.Equal(Enumerable.Range(0, 50), firstYielded.Concat(secondYielded).Select(r => r.Index));
        Assert.All(stopped.Report.UnsyncedRecords, r => Assert.True(r.Index >= stopped.Report.ResumeIndex));
    }

    [Fact]
    public void BulkSyncLeadsAsync_NegativeStartIndex_ThrowsBeforeAnythingIsRead()
    {
        var client = new Mock<IMarketoSoapClient>(MockBehavior.Strict);
        var read = new StrongBox<int>();

        Assert.Throws<ArgumentOutOfRangeException>(() => client.Object.BulkSyncLeadsAsync(Leads.Counted(10, read), options: new BulkSyncOptions { StartIndex = -1 }));
        Assert.Equal(0, read.Value);
    }

    [Fact]
    public async Task BulkSyncLeadsAsync_FailedStatuses_AreYieldedAsResultsNotSwallowed()
    {
        var client = new Mock<IMarketoSoapClient>();
        client.Setup(c => c.SyncMultipleLeadsAsync(It.IsAny<SyncMultipleLeadsRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((SyncMultipleLeadsRequest request, CancellationToken _) => MarketoSoapModelFactory.SyncMultipleLeadsResult(
                request.Leads.Select((lead, i) => MarketoSoapModelFactory.LeadSyncResult(i, lead, 0, LeadSyncStatus.Failed, error: "Lead not found"))));

        var results = await client.Object.BulkSyncLeadsAsync(Leads.Numbered(3).ToAsyncEnumerable()).ToListAsync();

        Assert.All(results, r => Assert.Equal((LeadSyncStatus.Failed, "Lead not found"), (r.Status, r.Error)));
        Assert.Equal(3, results.Count);
    }

    [Theory]
    [InlineData(0, 2)]
    [InlineData(301, 2)]
    [InlineData(10, 0)]
    [InlineData(10, 11)]
    public void BulkSyncLeadsAsync_BatchSizeOrConcurrencyOutOfRange_ThrowsBeforeAnythingIsRead(int batchSize, int concurrency)
    {
        var client = new Mock<IMarketoSoapClient>(MockBehavior.Strict);
        var read = new StrongBox<int>();

        Assert.Throws<ArgumentOutOfRangeException>(() =>
            client.Object.BulkSyncLeadsAsync(Leads.Counted(5, read), options: new BulkSyncOptions { BatchSize = batchSize, MaxConcurrency = concurrency }));
        Assert.Equal(0, read.Value);
    }

    [Fact]
    public async Task BulkSyncMObjectsAsync_ManyObjects_SendsCallsOfAtMostOneHundredWithTheOperation()
    {
        var requests = new List<SyncMObjectsRequest>();
        var client = new Mock<IMarketoSoapClient>();
        client.Setup(c => c.SyncMObjectsAsync(It.IsAny<SyncMObjectsRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((SyncMObjectsRequest request, CancellationToken _) =>
            {
                lock (requests)
                {
                    requests.Add(request);
                }

                return MarketoSoapModelFactory.SyncMObjectsResult(request.Objects.Select((o, i) => MarketoSoapModelFactory.MObjectSyncResult(i, o, 500 + i)));
            });
        var input = Enumerable.Range(0, 250).Select(n => new MObjectRecord { Type = MObjectTypes.Opportunity, ExternalKey = new("ExtKey", $"opp-{n}") }).ToList();

        var results = await client.Object.BulkSyncMObjectsAsync(MObjectOperation.Upsert, input.ToAsyncEnumerable()).ToListAsync();

        Assert.Equal([100, 100, 50], requests.OrderBy(r => input.IndexOf(r.Objects[0])).Select(r => r.Objects.Count));
        Assert.All(requests, r => Assert.Equal(MObjectOperation.Upsert, r.Operation));
        Assert.Equal(Enumerable.Range(0, 250), results.Select(r => r.Index));
        Assert.All(results, r => Assert.Same(input[r.Index], r.Record));
    }

    private static async IAsyncEnumerable<LeadRecord> FailingAfter(int count)
    {
        foreach (var lead in Leads.Numbered(count))
        {
            yield return lead;
        }

        await Task.Yield();
        throw new IOException("The input file could not be read.");
    }

    private static async Task<Exception?> CollectUntilFailureAsync(IAsyncEnumerable<LeadSyncResult> results, List<LeadSyncResult> yielded)
    {
        try
        {
            await foreach (var result in results)
            {
                yielded.Add(result);
            }

            return null;
        }
        catch (Exception failure)
        {
            return failure;
        }
    }
}
