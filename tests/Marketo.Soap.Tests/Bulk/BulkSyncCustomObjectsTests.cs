using System.Runtime.CompilerServices;
using Marketo.Soap.Bulk;
using Marketo.Soap.Models;
using Marketo.Soap.Tests.TestSupport;
using Moq;

namespace Marketo.Soap.Tests.Bulk;

/// <summary><c>BulkSyncCustomObjectsAsync</c>: order, bounded reading, an account of every record, and inserts never repeated blindly.</summary>
public class BulkSyncCustomObjectsTests
{
    private static List<CustomObjectRecord> Vehicles(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new CustomObjectRecord { Keys = [new("vin", $"VIN-{i}")], Attributes = [new("make", "Honda")] })];

    private static SyncCustomObjectsResult AllCreated(SyncCustomObjectsRequest request) =>
        MarketoSoapModelFactory.SyncCustomObjectsResult(request.Records.Select((r, i) => MarketoSoapModelFactory.CustomObjectSyncResult(i, r)));

    [Fact]
    public async Task BulkSyncCustomObjectsAsync_CallsFinishOutOfOrder_YieldsEveryResultInInputOrder()
    {
        var calls = new List<(SyncCustomObjectsRequest Request, TaskCompletionSource<SyncCustomObjectsResult> Answer)>();
        var arrived = new SemaphoreSlim(0);
        var client = new Mock<IMarketoSoapClient>();
        client.Setup(c => c.SyncCustomObjectsAsync(It.IsAny<SyncCustomObjectsRequest>(), It.IsAny<CancellationToken>()))
            .Returns((SyncCustomObjectsRequest request, CancellationToken _) =>
            {
                var answer = new TaskCompletionSource<SyncCustomObjectsResult>(TaskCreationOptions.RunContinuationsAsynchronously);
                lock (calls)
                {
                    calls.Add((request, answer));
                }

                arrived.Release();
                return answer.Task;
            });
        var input = Vehicles(25);

        var collecting = client.Object.BulkSyncCustomObjectsAsync("Vehicle", CustomObjectSyncOperation.Upsert, input.ToAsyncEnumerable(), new BulkSyncOptions { BatchSize = 10, MaxConcurrency = 3 }).ToListAsync().AsTask();
        for (var i = 0; i < 3; i++)
        {
            await arrived.WaitAsync();
        }

        for (var i = 2; i >= 0; i--)
        {
            calls[i].Answer.SetResult(AllCreated(calls[i].Request));
        }

        var results = await collecting;

        Assert.Equal(Enumerable.Range(0, 25), results.Select(r => r.Index));
        Assert.All(results, r => Assert.Same(input[r.Index], r.Record));
        Assert.Equal([10, 10, 5], calls.Select(c => c.Request.Records.Count));
        Assert.All(calls, c => Assert.Equal(("Vehicle", CustomObjectSyncOperation.Upsert), (c.Request.ObjectTypeName, c.Request.Operation)));
    }

    [Fact]
    public async Task BulkSyncCustomObjectsAsync_StreamingInput_ReadsNoMoreThanTheBatchesInFlight()
    {
        var client = new Mock<IMarketoSoapClient>();
        client.Setup(c => c.SyncCustomObjectsAsync(It.IsAny<SyncCustomObjectsRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((SyncCustomObjectsRequest request, CancellationToken _) => AllCreated(request));
        var read = new StrongBox<int>();

        var yielded = 0;
        await foreach (var result in client.Object.BulkSyncCustomObjectsAsync("Vehicle", CustomObjectSyncOperation.Upsert, Counted(1000, read), new BulkSyncOptions { BatchSize = 10, MaxConcurrency = 2 }))
        {
            Assert.InRange(read.Value, 0, ((result.Index / 10) + 2) * 10);
            yielded++;
        }

        Assert.Equal(1000, yielded);
    }

    [Fact]
    public async Task BulkSyncCustomObjectsAsync_ManyRecords_SendsCallsOfAtMostOneHundred()
    {
        var sizes = new List<int>();
        var client = new Mock<IMarketoSoapClient>();
        client.Setup(c => c.SyncCustomObjectsAsync(It.IsAny<SyncCustomObjectsRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((SyncCustomObjectsRequest request, CancellationToken _) =>
            {
                lock (sizes)
                {
                    sizes.Add(request.Records.Count);
                }

                return AllCreated(request);
            });

        var results = await client.Object.BulkSyncCustomObjectsAsync("Vehicle", CustomObjectSyncOperation.Update, Vehicles(250).ToAsyncEnumerable(), new BulkSyncOptions { MaxConcurrency = 1 }).ToListAsync();

        Assert.Equal([100, 100, 50], sizes);
        Assert.Equal(250, results.Count);
    }

    [Fact]
    public async Task BulkSyncCustomObjectsAsync_MiddleCallFails_ReportAccountsForEveryRecordReadExactlyOnce()
    {
        var call = 0;
        var client = new Mock<IMarketoSoapClient>();
        client.Setup(c => c.SyncCustomObjectsAsync(It.IsAny<SyncCustomObjectsRequest>(), It.IsAny<CancellationToken>()))
            .Returns((SyncCustomObjectsRequest request, CancellationToken _) => Interlocked.Increment(ref call) == 2
                ? Task.FromException<SyncCustomObjectsResult>(new MarketoTransportException("connection reset", MarketoTransportFailure.ConnectionFailed, null, "syncCustomObjects"))
                : Task.FromResult(AllCreated(request)));
        var yielded = new List<CustomObjectSyncResult>();

        var failure = await Assert.ThrowsAsync<MarketoBulkSyncException<CustomObjectRecord, CustomObjectSyncResult>>(async () =>
        {
            await foreach (var result in client.Object.BulkSyncCustomObjectsAsync("Vehicle", CustomObjectSyncOperation.Upsert, Vehicles(35).ToAsyncEnumerable(), new BulkSyncOptions { BatchSize = 10, MaxConcurrency = 1 }))
            {
                yielded.Add(result);
            }
        });

        var report = failure.Report;
        var accounted = yielded.Select(r => r.Index).Concat(report.PendingResults.Select(r => r.Index)).Concat(report.UnsyncedRecords.Select(u => u.Index)).Order().ToList();
        Assert.Equal(Enumerable.Range(0, (int)report.RecordsRead), accounted);
        Assert.Contains(report.UnsyncedRecords, u => u.Index == 10);
    }

    [Fact]
    public async Task BulkSyncCustomObjectsAsync_InsertCallDropsAfterItWasSent_IsNotRepeatedAndIsReportedAsMaybeApplied()
    {
        var handler = new ReplayHandler().ReplyFixture("syncCustomObjects.response.one-created.xml").Throw(new HttpRequestException("connection reset"));
        using var client = TestClient.Create(handler, options: SeedCredentials.OptionsWithImmediateRetries(3));
        var input = Vehicles(3);

        var yielded = new List<CustomObjectSyncResult>();
        var failure = await Assert.ThrowsAsync<MarketoBulkSyncException<CustomObjectRecord, CustomObjectSyncResult>>(async () =>
        {
            await foreach (var result in client.BulkSyncCustomObjectsAsync("Vehicle", CustomObjectSyncOperation.Insert, input.ToAsyncEnumerable(), new BulkSyncOptions { BatchSize = 1, MaxConcurrency = 1 }))
            {
                yielded.Add(result);
            }
        });

        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal([0], yielded.Select(r => r.Index));
        var maybeApplied = Assert.Single(failure.Report.UnsyncedRecords, u => u.MayHaveReachedMarketo);
        Assert.Equal(1, maybeApplied.Index);
        Assert.Same(input[1], maybeApplied.Record);
    }

    [Fact]
    public async Task BulkSyncCustomObjectsAsync_UpsertCallDropsAfterItWasSent_IsRepeatedAndNothingIsLost()
    {
        var handler = new ReplayHandler().Throw(new HttpRequestException("connection reset")).ReplyFixture("syncCustomObjects.response.one-created.xml");
        using var client = TestClient.Create(handler, options: SeedCredentials.OptionsWithImmediateRetries(3));

        var results = await client.BulkSyncCustomObjectsAsync("Vehicle", CustomObjectSyncOperation.Upsert, Vehicles(1).ToAsyncEnumerable()).ToListAsync();

        Assert.Equal(CustomObjectSyncStatus.Created, Assert.Single(results).Status);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task BulkSyncCustomObjectsAsync_InvalidRecordReportedAsFailed_YieldsItAsFailedNamingItsInputIndex()
    {
        var client = new Mock<IMarketoSoapClient>();
        client.Setup(c => c.SyncCustomObjectsAsync(It.IsAny<SyncCustomObjectsRequest>(), It.IsAny<CancellationToken>()))
            .Returns((SyncCustomObjectsRequest request, CancellationToken _) =>
            {
                var bad = request.Records.ToList().FindIndex(r => r.Keys.Count == 0);
                return bad < 0
                    ? Task.FromResult(AllCreated(request))
                    : Task.FromException<SyncCustomObjectsResult>(new MarketoRequestValidationException($"Record {bad}, field Keys, holds no key field.", "request", bad, "Keys"));
            });
        var input = Vehicles(3);
        input[1] = new CustomObjectRecord { Keys = [] };

        var results = await client.Object.BulkSyncCustomObjectsAsync("Vehicle", CustomObjectSyncOperation.Upsert, input.ToAsyncEnumerable(), new BulkSyncOptions { ReportInvalidRecordsAsFailed = true }).ToListAsync();

        Assert.Equal([CustomObjectSyncStatus.Created, CustomObjectSyncStatus.Failed, CustomObjectSyncStatus.Created], results.Select(r => r.Status));
        Assert.StartsWith("Input record 1, field Keys,", results[1].Error, StringComparison.Ordinal);
    }

    [Fact]
    public void BulkSyncCustomObjectsAsync_EmptyTypeNameOrUndefinedOperation_ThrowsBeforeReading()
    {
        var client = new Mock<IMarketoSoapClient>(MockBehavior.Strict);

        Assert.Throws<ArgumentException>(() => client.Object.BulkSyncCustomObjectsAsync(string.Empty, CustomObjectSyncOperation.Upsert, Vehicles(1).ToAsyncEnumerable()));
        Assert.Throws<ArgumentOutOfRangeException>(() => client.Object.BulkSyncCustomObjectsAsync("Vehicle", (CustomObjectSyncOperation)7, Vehicles(1).ToAsyncEnumerable()));
        Assert.Throws<ArgumentOutOfRangeException>(() => client.Object.BulkSyncCustomObjectsAsync("Vehicle", CustomObjectSyncOperation.Upsert, Vehicles(1).ToAsyncEnumerable(), new BulkSyncOptions { BatchSize = 101 }));
    }

    private static async IAsyncEnumerable<CustomObjectRecord> Counted(int count, StrongBox<int> read)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Yield();
            read.Value = i + 1;
            yield return new CustomObjectRecord { Keys = [new("vin", $"VIN-{i}")] };
        }
    }
}
