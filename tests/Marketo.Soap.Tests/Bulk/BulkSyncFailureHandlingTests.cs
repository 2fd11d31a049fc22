using Marketo.Soap.Bulk;
using Marketo.Soap.Models;
using Marketo.Soap.Tests.TestSupport;
using Moq;

namespace Marketo.Soap.Tests.Bulk;

/// <summary>How a bulk job meets refused records, a fault that stops it, bad options, and progress.</summary>
public class BulkSyncFailureHandlingTests
{
    private static readonly BulkSyncOptions ThirtyPerCallOneAtATime = new() { BatchSize = 30, MaxConcurrency = 1 };

    /// <summary>100 valid leads, but lead 45 has no key and lead 46 a blank email.</summary>
    private static List<LeadRecord> LeadsWithTwoInvalid()
    {
        var leads = Leads.Numbered(100);
        leads[45] = new LeadRecord { Attributes = [new("FirstName", "Ada")] };
        leads[46] = new LeadRecord { Email = "  " };
        return leads;
    }

    private static ReplayHandler AnswersOfSizes(params int[] sizes)
    {
        var handler = new ReplayHandler();
        foreach (var size in sizes)
        {
            handler.Reply(AnswerBuilder.RepeatFirstStatus("syncMultipleLeads.response.one-status.xml", size));
        }

        return handler;
    }

    [Fact]
    public async Task BulkSyncLeadsAsync_InvalidRecordByDefault_StopsNamingItsPlaceInTheInputOnce()
    {
        var handler = AnswersOfSizes(30);
        using var client = TestClient.Create(handler);

        var stopped = await Assert.ThrowsAsync<MarketoBulkSyncException<LeadRecord, LeadSyncResult>>(
            () => client.BulkSyncLeadsAsync(LeadsWithTwoInvalid().ToAsyncEnumerable(), options: ThirtyPerCallOneAtATime).ToListAsync().AsTask());

        var invalid = Assert.IsType<MarketoRequestValidationException>(stopped.InnerException);
        Assert.Equal((45, "Id"), (invalid.RecordIndex, invalid.Field));
        Assert.StartsWith("Input record 45, field Id, has no key", invalid.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Record 15", invalid.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BulkSyncLeadsAsync_InvalidRecordsReportedAsFailed_YieldsThemAsFailedAndSyncsTheRest()
    {
        var handler = AnswersOfSizes(30, 28, 30, 10);
        using var client = TestClient.Create(handler);
        var input = LeadsWithTwoInvalid();
        var options = new BulkSyncOptions { BatchSize = 30, MaxConcurrency = 1, ReportInvalidRecordsAsFailed = true };

        var results = await client.BulkSyncLeadsAsync(input.ToAsyncEnumerable(), options: options).ToListAsync();

        Assert.Equal(Enumerable.Range(0, 100), results.Select(r => r.Index));
        Assert.All(results, r => Assert.Same(input[r.Index], r.Lead));
        Assert.Equal([45, 46], results.Where(r => r.Status == LeadSyncStatus.Failed).Select(r => r.Index));
        Assert.StartsWith("Input record 45, field Id,", results[45].Error, StringComparison.Ordinal);
        Assert.StartsWith("Input record 46, field Email,", results[46].Error, StringComparison.Ordinal);
        Assert.Equal((string.Empty, (int?)null), (results[45].StatusText, results[45].LeadId));
        Assert.Equal([30, 28, 30, 10], handler.Requests.Select(r => System.Xml.Linq.XDocument.Parse(r.Body).Descendants("leadRecord").Count()));
    }

    [Fact]
    public async Task BulkSyncLeadsAsync_EveryRecordOfACallInvalidAndReportedAsFailed_MakesNoCallForThemAndCountsNone()
    {
        var handler = AnswersOfSizes(2);
        using var client = TestClient.Create(handler);
        List<LeadRecord> input = [new LeadRecord(), new LeadRecord { Id = 0 }, .. Leads.Numbered(2)];
        var reports = new List<BulkSyncProgress>();
        var options = new BulkSyncOptions { BatchSize = 2, MaxConcurrency = 1, ReportInvalidRecordsAsFailed = true, Progress = new SynchronousProgress<BulkSyncProgress>(reports.Add) };

        var results = await client.BulkSyncLeadsAsync(input.ToAsyncEnumerable(), options: options).ToListAsync();

        Assert.Equal([LeadSyncStatus.Failed, LeadSyncStatus.Failed, LeadSyncStatus.Updated, LeadSyncStatus.Updated], results.Select(r => r.Status));
        Assert.Single(handler.Requests);
        // The first report's results are handed out before the second, so the resume point has moved past them.
        Assert.Equal([new(2, 0, 2, 0) { ResumeIndex = 0 }, new(4, 2, 2, 1) { ResumeIndex = 2 }], reports);
    }

    [Fact]
    public async Task BulkSyncMObjectsAsync_InvalidObjectReportedAsFailed_YieldsItAsFailedAndSyncsTheRest()
    {
        var handler = new ReplayHandler().Reply(AnswerBuilder.RepeatFirstStatus("syncMObjects.response.updated.xml", 2));
        using var client = TestClient.Create(handler, SeedCredentials.SyncMObjectsClock());
        List<MObjectRecord> input =
        [
            new() { Type = MObjectTypes.Opportunity, ExternalKey = new("Ext", "a") },
            new() { Type = MObjectTypes.Opportunity, Attributes = [new("Name", "no key")] },
            new() { Type = MObjectTypes.Opportunity, ExternalKey = new("Ext", "b") },
        ];

        var results = await client.BulkSyncMObjectsAsync(MObjectOperation.Upsert, input.ToAsyncEnumerable(), new BulkSyncOptions { ReportInvalidRecordsAsFailed = true }).ToListAsync();

        Assert.Equal([MObjectSyncStatus.Updated, MObjectSyncStatus.Failed, MObjectSyncStatus.Updated], results.Select(r => r.Status));
        Assert.StartsWith("Input record 1, field Id,", results[1].Error, StringComparison.Ordinal);
        Assert.Same(input[1], results[1].Record);
    }

    [Fact]
    public async Task BulkSyncLeadsAsync_StoppedByTheDailyQuota_CanBeCaughtByErrorCode()
    {
        var handler = new ReplayHandler().Reply(CannedResponse.Fault("fault.20015.request-limit-exceeded.xml"));
        using var client = TestClient.Create(handler);
        MarketoErrorCode? caught = null;

        try
        {
            await client.BulkSyncLeadsAsync(Leads.Numbered(3).ToAsyncEnumerable()).ToListAsync();
        }
        catch (MarketoSoapException e) when (e.ErrorCode == MarketoErrorCode.RequestLimitExceeded)
        {
            caught = e.ErrorCode;
        }

        Assert.Equal(MarketoErrorCode.RequestLimitExceeded, caught);
    }

    [Fact]
    public void BulkSyncLeadsAsync_BatchSizeAndConcurrencyBothOutOfRange_NamesBothProblemsInOneMessage()
    {
        var client = new Mock<IMarketoSoapClient>(MockBehavior.Strict);

        var exception = Assert.Throws<ArgumentOutOfRangeException>(() =>
            client.Object.BulkSyncLeadsAsync(Leads.Numbered(1).ToAsyncEnumerable(), options: new BulkSyncOptions { BatchSize = 0, MaxConcurrency = 11 }));

        Assert.Equal("options", exception.ParamName);
        Assert.StartsWith("BatchSize must be between 1 and 300, not 0. MaxConcurrency must be between 1 and 10, not 11.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BulkSyncLeadsAsync_CallsFinishInReverseOrder_ReportsProgressInOrder()
    {
        var calls = new ScriptedLeadCalls();
        var reports = new List<BulkSyncProgress>();
        var options = new BulkSyncOptions { BatchSize = 10, MaxConcurrency = 3, Progress = new SynchronousProgress<BulkSyncProgress>(reports.Add) };
        var job = calls.Client.BulkSyncLeadsAsync(Leads.Numbered(30).ToAsyncEnumerable(), options: options).ToListAsync().AsTask();

        var pending = await calls.WaitForCallsAsync(3);
        pending[2].Succeed();
        pending[1].Succeed();
        pending[0].Succeed();
        await job;

        // Each report's resume point counts only the results handed out before it, in input order.
        Assert.Equal([new(10, 10, 0, 1) { ResumeIndex = 0 }, new(20, 20, 0, 2) { ResumeIndex = 10 }, new(30, 30, 0, 3) { ResumeIndex = 20 }], reports);
    }
}
