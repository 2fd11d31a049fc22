using Marketo.Soap.Models;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests.Operations;

/// <summary>
/// Each operation's repeat-safety as the caller sees it: after the connection drops once the
/// request has left, safe operations are sent again and the others are not.
/// </summary>
public class RepeatSafetyTests
{
    public static TheoryData<string, string, bool> Operations => new()
    {
        { "syncLead", "syncLead.response.updated-no-lead.xml", true },
        { "listOperation", "listOperation.response.added.xml", true },
        { "getCampaignsForSource", "getCampaignsForSource.response.two.xml", true },
        { "mergeLeads", "mergeLeads.response.merged.xml", false },
        { "requestCampaign", "requestCampaign.response.success.xml", false },
        { "scheduleCampaign", "scheduleCampaign.response.success.xml", false },
        { "importToList", "importToList.response.processing.xml", false },
        { "getImportToListStatus", "getImportToListStatus.response.complete.xml", true },
        { "getChannels", "getChannels.response.two-channels.xml", true },
        { "getTags", "getTags.response.two-types.xml", true },
        { "getMObjects", "getMObjects.response.none.xml", true },
        { "deleteMObjects", "deleteMObjects.response.deleted.xml", true },
        { "describeMObject", "describeMObject.response.lead-record.xml", true },
        { "listMObjects", "listMObjects.response.four.xml", true },
    };

    [Fact]
    public async Task RequestCampaignAsync_ConnectionDropsAfterTheRequestWasSent_IsNotRepeated()
    {
        var handler = DropThenAnswer("requestCampaign.response.success.xml");
        using var client = TestClient.Create(handler, options: SeedCredentials.OptionsWithImmediateRetries(2));

        var failure = await Assert.ThrowsAsync<MarketoTransportException>(() => client.RequestCampaignAsync(new RequestCampaignRequest { CampaignId = 5120, Leads = [LeadKey.ById(4101)] }));

        Assert.Equal(MarketoTransportFailure.ConnectionFailed, failure.Failure);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task SyncLeadAsync_ConnectionDropsAfterTheRequestWasSent_IsRepeatedAndAnswers()
    {
        var handler = DropThenAnswer("syncLead.response.updated-no-lead.xml");
        using var client = TestClient.Create(handler, options: SeedCredentials.OptionsWithImmediateRetries(2));

        var result = await client.SyncLeadAsync(new SyncLeadRequest { Lead = new LeadRecord { Email = "grace@example.com" } });

        Assert.Equal(LeadSyncStatus.Updated, result.Status);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task RequestCampaignAsync_ConnectionDropsAndCallerOptedIn_IsRepeated()
    {
        var handler = DropThenAnswer("requestCampaign.response.success.xml");
        var options = SeedCredentials.OptionsWithImmediateRetries(2);
        options.Retry.RetryUnsafeCallsAfterAmbiguousFailures = true;
        using var client = TestClient.Create(handler, options: options);

        var result = await client.RequestCampaignAsync(new RequestCampaignRequest { CampaignId = 5120, Leads = [LeadKey.ById(4101)] });

        Assert.True(result.Success);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task EachOperation_ConnectionDropsAfterTheRequestWasSent_IsRepeatedOnlyWhenSafe(string operation, string answer, bool repeated)
    {
        var handler = DropThenAnswer(answer);
        using var client = TestClient.Create(handler, options: SeedCredentials.OptionsWithImmediateRetries(2));

        var call = Call(client, operation);
        if (repeated)
        {
            await call;
        }
        else
        {
            await Assert.ThrowsAsync<MarketoTransportException>(() => call);
        }

        Assert.Equal(repeated ? 2 : 1, handler.Requests.Count);
    }

    private static Task Call(MarketoSoapClient client, string operation) => operation switch
    {
        "syncLead" => client.SyncLeadAsync(new SyncLeadRequest { Lead = new LeadRecord { Id = 4101 } }),
        "listOperation" => client.ListOperationAsync(new ListOperationRequest { Operation = ListOperationType.AddToList, List = ListKey.ByName("Webinar"), Leads = [LeadKey.ById(4101)] }),
        "getCampaignsForSource" => client.GetCampaignsForSourceAsync(new GetCampaignsForSourceRequest()),
        "mergeLeads" => client.MergeLeadsAsync(new MergeLeadsRequest { WinningLeadKeys = [LeadKey.ById(1)], LosingLeadKeys = [[LeadKey.ById(2)]] }),
        "requestCampaign" => client.RequestCampaignAsync(new RequestCampaignRequest { CampaignId = 5120, Leads = [LeadKey.ById(4101)] }),
        "scheduleCampaign" => client.ScheduleCampaignAsync(new ScheduleCampaignRequest { ProgramName = "Onboarding", CampaignName = "Monthly digest" }),
        "importToList" => client.ImportToListAsync(new ImportToListRequest { ProgramName = "Spring Webinar", ListName = "Registrants", Columns = ["Email Address"], Rows = [["ada@example.com"]] }),
        "getImportToListStatus" => client.GetImportToListStatusAsync(new GetImportToListStatusRequest { ProgramName = "Spring Webinar", ListName = "Registrants" }),
        "getChannels" => client.GetChannelsAsync(new GetChannelsRequest()),
        "getTags" => client.GetTagsAsync(new GetTagsRequest()),
        "getMObjects" => client.GetMObjectsAsync(new GetMObjectsRequest { Type = MObjectTypes.Program }).ToListAsync().AsTask(),
        "deleteMObjects" => client.DeleteMObjectsAsync(new DeleteMObjectsRequest { Objects = [new(MObjectTypes.Opportunity, 3101)] }),
        "describeMObject" => client.DescribeMObjectAsync(new DescribeMObjectRequest { ObjectName = "LeadRecord" }),
        "listMObjects" => client.ListMObjectsAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };

    // The handler records the request before it throws, so Marketo may have received it.
    private static ReplayHandler DropThenAnswer(string answer) =>
        new ReplayHandler().Throw(new HttpRequestException("connection reset")).ReplyFixture(answer);
}
