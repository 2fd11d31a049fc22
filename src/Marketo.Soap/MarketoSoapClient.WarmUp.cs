using Marketo.Soap.Models;
using Marketo.Soap.Operations;
using Marketo.Soap.Transport;

namespace Marketo.Soap;

// The first call in a process is slow because WCF builds its channel machinery and generates the
// XML serializers of the proxy on the caller's path (sgen, which would do that at build time, is
// not available). Both are cached for the whole process, so doing them once, early, removes the
// cost from every client created afterwards.
public partial class MarketoSoapClient
{
    private static readonly Lazy<Task> ProcessWarmUp = new(() => Task.Run(() => WarmUpProcessAsync()), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Prepares this process for its first Marketo call, so that call does not pay for building
    /// WCF's channel machinery and generating the XML serializers of the operations. Call it once at
    /// start-up, before the first client is needed (for example in a hosted service's start), and
    /// await it or let it run in the background. Does not touch the network.
    /// </summary>
    /// <remarks>
    /// The work runs once per process, on the thread pool: it sends one call of every operation the
    /// client types (one page of each paged read) through a throwaway client whose transport answers in process, with
    /// made-up credentials. Nothing is logged, traced or counted, and no Marketo rate or quota
    /// permit is spent. Later calls return the same work.
    /// </remarks>
    /// <param name="cancellationToken">Stops waiting; the warm-up itself still completes in the background.</param>
    /// <returns>A task that completes when the process is warm.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before the warm-up completed.</exception>
    public static Task WarmUpAsync(CancellationToken cancellationToken = default) => ProcessWarmUp.Value.WaitAsync(cancellationToken);

    /// <summary>The warm-up itself, uncached; internal so tests can run it while they listen.</summary>
    /// <param name="transport">The in-process answers; tests pass their own to see which operations were warmed.</param>
    internal static async Task WarmUpProcessAsync(WarmUpTransport? transport = null)
    {
        transport ??= new WarmUpTransport();
        var options = new MarketoSoapOptions
        {
            Endpoint = new Uri("https://warm-up.invalid/soap/mktows/2_3"),
            UserId = "warm-up",
            EncryptionKey = "warm-up",
        };

        using var client = new MarketoSoapClient(options, logger: null, timeProvider: null, transport: _ => transport);
        await client.WarmUpCallsAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// One call of each operation along the path of a real call (validation, mapping, the
    /// throwaway client's own pacer and retry pipeline, one attempt), leaving out only the logging
    /// and telemetry that would count it as a call to Marketo.
    /// </summary>
    private async Task WarmUpCallsAsync()
    {
        var leads = new SyncMultipleLeadsRequest
        {
            Leads = [new LeadRecord { Id = 1, Email = "warm-up@example.invalid", ForeignSysPersonId = "1", ForeignSysType = ForeignSystemType.Custom, Attributes = [new("FirstName", "Warm")] }],
            DedupEnabled = true,
        };
        await _pipeline.SendWithoutTelemetryAsync(SyncMultipleLeadsOperation.Prepare(leads)).ConfigureAwait(false);

        var objects = new SyncMObjectsRequest
        {
            Operation = MObjectOperation.Upsert,
            Objects =
            [
                new MObjectRecord
                {
                    Type = MObjectTypes.Opportunity,
                    Id = 1,
                    ExternalKey = new("k", "v"),
                    Attributes = [new("Name", "Warm")],
                    TypeAttributes = [new MObjectTypeAttribute { AttrType = "Tag", Attributes = [new("Type", "Warm")] }],
                    Associations = [new MObjectAssociation { Type = "Company", Id = 1, ExternalKey = new("k", "v") }],
                },
            ],
        };
        await _pipeline.SendWithoutTelemetryAsync(SyncMObjectsOperation.Prepare(objects)).ConfigureAwait(false);
        await WarmUpLeadAndCampaignCallsAsync().ConfigureAwait(false);
        await WarmUpImportAndMetadataCallsAsync().ConfigureAwait(false);
        await WarmUpObjectCallsAsync().ConfigureAwait(false);
    }

    /// <summary>The lead, list and campaign operations: each has its own request and answer types, so its own serializers to build.</summary>
    private async Task WarmUpLeadAndCampaignCallsAsync()
    {
        var lead = LeadKey.ById(1);
        var record = new LeadRecord { Id = 1, Email = "warm-up@example.invalid", Attributes = [new("FirstName", "Warm")] };
        var tokens = new[] { new ProgramToken("{{my.warm}}", "up") };
        await _pipeline.SendWithoutTelemetryAsync(GetLeadOperation.Prepare(new GetLeadRequest { Key = lead })).ConfigureAwait(false);
        await _pipeline.SendWithoutTelemetryAsync(SyncLeadOperation.Prepare(new SyncLeadRequest { Lead = record, ReturnLead = true })).ConfigureAwait(false);

        var leads = new GetMultipleLeadsRequest { Selector = new LeadKeySelector { KeyType = LeadKeyType.Id, Values = ["1"] } };
        GetMultipleLeadsOperation.Validate(leads);
        await _pipeline.SendWithoutTelemetryAsync(GetMultipleLeadsOperation.PreparePage(leads, null)).ConfigureAwait(false);

        var activity = new GetLeadActivityRequest { Lead = lead, IncludeTypes = [ActivityType.NewLead] };
        GetLeadActivityOperation.Validate(activity);
        await _pipeline.SendWithoutTelemetryAsync(GetLeadActivityOperation.PreparePage(activity, null)).ConfigureAwait(false);

        var changes = new GetLeadChangesRequest { Since = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), ActivityNames = ["Change Data Value"] };
        GetLeadChangesOperation.Validate(changes);
        await _pipeline.SendWithoutTelemetryAsync(GetLeadChangesOperation.PreparePage(changes, null)).ConfigureAwait(false);

        await _pipeline.SendWithoutTelemetryAsync(MergeLeadsOperation.Prepare(new MergeLeadsRequest { WinningLeadKeys = [lead], LosingLeadKeys = [[LeadKey.ById(2)]] })).ConfigureAwait(false);
        await _pipeline.SendWithoutTelemetryAsync(ListOperationOperation.Prepare(new ListOperationRequest { Operation = ListOperationType.IsMemberOfList, List = ListKey.ByName("Warm"), Leads = [lead] })).ConfigureAwait(false);
        await _pipeline.SendWithoutTelemetryAsync(GetCampaignsForSourceOperation.Prepare(new GetCampaignsForSourceRequest { Name = "Warm" })).ConfigureAwait(false);
        await _pipeline.SendWithoutTelemetryAsync(RequestCampaignOperation.Prepare(new RequestCampaignRequest { ProgramName = "Warm", CampaignName = "Warm", Leads = [lead], Tokens = tokens })).ConfigureAwait(false);
        await _pipeline.SendWithoutTelemetryAsync(ScheduleCampaignOperation.Prepare(new ScheduleCampaignRequest { ProgramName = "Warm", CampaignName = "Warm", RunAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), Tokens = tokens })).ConfigureAwait(false);
    }

    /// <summary>The import and metadata operations.</summary>
    private async Task WarmUpImportAndMetadataCallsAsync()
    {
        var import = new ImportToListRequest { ProgramName = "Warm", ListName = "Warm", Columns = ["Email Address"], Rows = [["warm-up@example.invalid"]] };
        await _pipeline.SendWithoutTelemetryAsync(ImportToListOperation.Prepare(import)).ConfigureAwait(false);
        await _pipeline.SendWithoutTelemetryAsync(GetImportToListStatusOperation.Prepare(new GetImportToListStatusRequest { ProgramName = "Warm", ListName = "Warm" })).ConfigureAwait(false);
        await _pipeline.SendWithoutTelemetryAsync(GetChannelsOperation.Prepare(new GetChannelsRequest())).ConfigureAwait(false);
        await _pipeline.SendWithoutTelemetryAsync(GetTagsOperation.Prepare(new GetTagsRequest())).ConfigureAwait(false);
    }

    /// <summary>The MObject reads and deletes, and the custom object operations.</summary>
    private async Task WarmUpObjectCallsAsync()
    {
        var opportunities = new GetMObjectsRequest { Type = MObjectTypes.Opportunity };
        GetMObjectsOperation.Validate(opportunities);
        await _pipeline.SendWithoutTelemetryAsync(GetMObjectsOperation.PreparePage(opportunities, null)).ConfigureAwait(false);
        await _pipeline.SendWithoutTelemetryAsync(DeleteMObjectsOperation.Prepare(new DeleteMObjectsRequest { Objects = [new(MObjectTypes.Opportunity, 1)] })).ConfigureAwait(false);
        await _pipeline.SendWithoutTelemetryAsync(DescribeMObjectOperation.Prepare(new DescribeMObjectRequest { ObjectName = "LeadRecord" })).ConfigureAwait(false);
        await _pipeline.SendWithoutTelemetryAsync(ListMObjectsOperation.Prepare()).ConfigureAwait(false);

        var keys = new CustomObjectField[] { new("MKTOID", "1") };
        var read = new GetCustomObjectsRequest { ObjectTypeName = "Warm", Keys = keys };
        GetCustomObjectsOperation.Validate(read);
        await _pipeline.SendWithoutTelemetryAsync(GetCustomObjectsOperation.PreparePage(read, null)).ConfigureAwait(false);
        var sync = new SyncCustomObjectsRequest { ObjectTypeName = "Warm", Operation = CustomObjectSyncOperation.Upsert, Records = [new CustomObjectRecord { Keys = keys, Attributes = [new("city", "Warm")] }] };
        await _pipeline.SendWithoutTelemetryAsync(SyncCustomObjectsOperation.Prepare(sync)).ConfigureAwait(false);
        await _pipeline.SendWithoutTelemetryAsync(DeleteCustomObjectsOperation.Prepare(new DeleteCustomObjectsRequest { ObjectTypeName = "Warm", Keys = [keys] })).ConfigureAwait(false);
    }
}
