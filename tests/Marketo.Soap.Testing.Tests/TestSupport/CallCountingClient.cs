using Marketo.Soap.Models;

namespace Marketo.Soap.Testing.Tests.TestSupport;

/// <summary>
/// Passes every call to the real client and counts the calls that have ended, however they ended,
/// so a test can wait for a number of calls to be over without polling or sleeping.
/// </summary>
internal sealed class CallCountingClient(IMarketoSoapClient inner) : IMarketoSoapClient
{
    private readonly Lock _gate = new();
    private readonly List<(int Count, TaskCompletionSource Reached)> _watchers = [];
    private int _ended;

    public int CallsEnded
    {
        get
        {
            lock (_gate)
            {
                return _ended;
            }
        }
    }

    public Task<SyncMultipleLeadsResult> SyncMultipleLeadsAsync(SyncMultipleLeadsRequest request, CancellationToken cancellationToken = default) =>
        CountAsync(inner.SyncMultipleLeadsAsync(request, cancellationToken));

    public Task<SyncMObjectsResult> SyncMObjectsAsync(SyncMObjectsRequest request, CancellationToken cancellationToken = default) =>
        CountAsync(inner.SyncMObjectsAsync(request, cancellationToken));

    public Task<GetLeadResult> GetLeadAsync(GetLeadRequest request, CancellationToken cancellationToken = default) =>
        CountAsync(inner.GetLeadAsync(request, cancellationToken));

    // Paged reads make their calls while enumerated, so they are passed through uncounted.
    public MarketoAsyncPageable<LeadRecord> GetMultipleLeadsAsync(GetMultipleLeadsRequest request, CancellationToken cancellationToken = default) =>
        inner.GetMultipleLeadsAsync(request, cancellationToken);

    public MarketoAsyncPageable<LeadActivity> GetLeadActivityAsync(GetLeadActivityRequest request, CancellationToken cancellationToken = default) =>
        inner.GetLeadActivityAsync(request, cancellationToken);

    public MarketoAsyncPageable<LeadChange> GetLeadChangesAsync(GetLeadChangesRequest request, CancellationToken cancellationToken = default) =>
        inner.GetLeadChangesAsync(request, cancellationToken);

    public Task<SyncLeadResult> SyncLeadAsync(SyncLeadRequest request, CancellationToken cancellationToken = default) =>
        CountAsync(inner.SyncLeadAsync(request, cancellationToken));

    public Task<MergeLeadsResult> MergeLeadsAsync(MergeLeadsRequest request, CancellationToken cancellationToken = default) =>
        CountAsync(inner.MergeLeadsAsync(request, cancellationToken));

    public Task<ListOperationResult> ListOperationAsync(ListOperationRequest request, CancellationToken cancellationToken = default) =>
        CountAsync(inner.ListOperationAsync(request, cancellationToken));

    public Task<GetCampaignsForSourceResult> GetCampaignsForSourceAsync(GetCampaignsForSourceRequest request, CancellationToken cancellationToken = default) =>
        CountAsync(inner.GetCampaignsForSourceAsync(request, cancellationToken));

    public Task<RequestCampaignResult> RequestCampaignAsync(RequestCampaignRequest request, CancellationToken cancellationToken = default) =>
        CountAsync(inner.RequestCampaignAsync(request, cancellationToken));

    public Task<ScheduleCampaignResult> ScheduleCampaignAsync(ScheduleCampaignRequest request, CancellationToken cancellationToken = default) =>
        CountAsync(inner.ScheduleCampaignAsync(request, cancellationToken));

    public Task<ImportToListResult> ImportToListAsync(ImportToListRequest request, CancellationToken cancellationToken = default) =>
        CountAsync(inner.ImportToListAsync(request, cancellationToken));

    public Task<GetImportToListStatusResult> GetImportToListStatusAsync(GetImportToListStatusRequest request, CancellationToken cancellationToken = default) =>
        CountAsync(inner.GetImportToListStatusAsync(request, cancellationToken));

    public Task<GetImportToListStatusResult> WaitForImportToListAsync(GetImportToListStatusRequest request, ImportToListWaitOptions? options = null, CancellationToken cancellationToken = default) =>
        CountAsync(inner.WaitForImportToListAsync(request, options, cancellationToken));

    public Task<GetChannelsResult> GetChannelsAsync(GetChannelsRequest request, CancellationToken cancellationToken = default) =>
        CountAsync(inner.GetChannelsAsync(request, cancellationToken));

    public Task<GetTagsResult> GetTagsAsync(GetTagsRequest request, CancellationToken cancellationToken = default) =>
        CountAsync(inner.GetTagsAsync(request, cancellationToken));

    public MarketoAsyncPageable<CustomObject> GetCustomObjectsAsync(GetCustomObjectsRequest request, CancellationToken cancellationToken = default) =>
        inner.GetCustomObjectsAsync(request, cancellationToken);

    public Task<SyncCustomObjectsResult> SyncCustomObjectsAsync(SyncCustomObjectsRequest request, CancellationToken cancellationToken = default) =>
        CountAsync(inner.SyncCustomObjectsAsync(request, cancellationToken));

    public Task<DeleteCustomObjectsResult> DeleteCustomObjectsAsync(DeleteCustomObjectsRequest request, CancellationToken cancellationToken = default) =>
        CountAsync(inner.DeleteCustomObjectsAsync(request, cancellationToken));

    public MarketoAsyncPageable<MObjectRecord> GetMObjectsAsync(GetMObjectsRequest request, CancellationToken cancellationToken = default) =>
        inner.GetMObjectsAsync(request, cancellationToken);

    public Task<DeleteMObjectsResult> DeleteMObjectsAsync(DeleteMObjectsRequest request, CancellationToken cancellationToken = default) =>
        CountAsync(inner.DeleteMObjectsAsync(request, cancellationToken));

    public Task<MObjectMetadata> DescribeMObjectAsync(DescribeMObjectRequest request, CancellationToken cancellationToken = default) =>
        CountAsync(inner.DescribeMObjectAsync(request, cancellationToken));

    public Task<IReadOnlyList<string>> ListMObjectsAsync(CancellationToken cancellationToken = default) =>
        CountAsync(inner.ListMObjectsAsync(cancellationToken));

    /// <summary>Completes once at least <paramref name="count"/> calls have ended.</summary>
    public Task WaitForCallsEndedAsync(int count)
    {
        lock (_gate)
        {
            if (_ended >= count)
            {
                return Task.CompletedTask;
            }

            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _watchers.Add((count, reached));
            return reached.Task;
        }
    }

    private async Task<T> CountAsync<T>(Task<T> call)
    {
        try
        {
            return await call;
        }
        finally
        {
            lock (_gate)
            {
                _ended++;
                foreach (var watcher in _watchers.Where(w => w.Count <= _ended).ToList())
                {
                    _watchers.Remove(watcher);
                    watcher.Reached.TrySetResult();
                }
            }
        }
    }
}
