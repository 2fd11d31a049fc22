using Marketo.Soap.Configuration;
using Marketo.Soap.Health;
using Marketo.Soap.Models;
using Marketo.Soap.Operations;
using Marketo.Soap.Pipeline;
using Marketo.Soap.Transport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Marketo.Soap;

/// <summary>
/// Calls Marketo's SOAP API (mktows 2_3), signing every call with the instance's user id and
/// encryption key.
/// </summary>
/// <remarks>
/// <para>
/// One instance is safe to use from many threads at once and reuses one WCF channel factory, so
/// register it as a singleton (<c>services.AddMarketoSoapClient(...)</c> does) and dispose it when
/// the application stops.
/// </para>
/// <para>
/// Each method is one line: the operation's file under <c>Operations/</c> validates and maps the
/// request (and states whether it is safe to repeat), and the shared <c>Pipeline/</c> sends it.
/// </para>
/// </remarks>
public partial class MarketoSoapClient : IMarketoSoapClient, IDisposable
{
    private readonly CallPipeline _pipeline = null!;

    /// <summary>Creates a client for a Marketo instance.</summary>
    /// <param name="options">Where and as whom to call; checked here.</param>
    /// <param name="logger">Receives one event per call; null logs nothing.</param>
    /// <param name="timeProvider">The clock that timestamps each signature; null uses the system clock and local time zone.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="OptionsValidationException"><paramref name="options"/> is incomplete or invalid; the message lists every problem.</exception>
    public MarketoSoapClient(MarketoSoapOptions options, ILogger<MarketoSoapClient>? logger = null, TimeProvider? timeProvider = null)
        : this(options, logger, timeProvider, transport: null)
    {
    }

    /// <summary>Creates a client whose HTTP exchange can be replaced, for tests that replay recorded answers.</summary>
    /// <param name="options">Where and as whom to call; checked here.</param>
    /// <param name="logger">Receives one event per call; null logs nothing.</param>
    /// <param name="timeProvider">The clock that timestamps each signature; null uses the system clock.</param>
    /// <param name="transport">Replaces the network under the client; null sends through WCF's own handler.</param>
    /// <param name="registeredHandlers">HTTP handlers registered with dependency injection, outermost first; they sit outside <see cref="MarketoSoapOptions.HttpHandlers"/>.</param>
    internal MarketoSoapClient(
        MarketoSoapOptions options,
        ILogger? logger,
        TimeProvider? timeProvider,
        Func<HttpClientHandler, HttpMessageHandler>? transport,
        IReadOnlyList<Func<DelegatingHandler>>? registeredHandlers = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var validation = new MarketoSoapOptionsValidator().Validate(Options.DefaultName, options);
        if (validation.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(MarketoSoapOptions), validation.Failures);
        }

        var handlers = (registeredHandlers ?? []).Concat(options.HttpHandlers).ToArray();
        _pipeline = new CallPipeline(options, logger ?? NullLogger.Instance, timeProvider ?? TimeProvider.System, HttpHandlerChain.Compose(handlers, transport), GetType().FullName!);
    }

    /// <summary>For mocking only: creates a client that is not connected to anything.</summary>
    protected MarketoSoapClient()
    {
    }

    /// <summary>What this client's recent calls said about its instance; null for a client made for mocking.</summary>
    internal RecentCalls? RecentCalls => _pipeline?.RecentCalls;

    /// <inheritdoc/>
    public virtual Task<SyncMultipleLeadsResult> SyncMultipleLeadsAsync(SyncMultipleLeadsRequest request, CancellationToken cancellationToken = default) =>
        CallAsync(request, SyncMultipleLeadsOperation.Prepare, cancellationToken);

    /// <inheritdoc/>
    public virtual Task<SyncMObjectsResult> SyncMObjectsAsync(SyncMObjectsRequest request, CancellationToken cancellationToken = default) =>
        CallAsync(request, SyncMObjectsOperation.Prepare, cancellationToken);

    /// <inheritdoc/>
    public virtual Task<GetLeadResult> GetLeadAsync(GetLeadRequest request, CancellationToken cancellationToken = default) =>
        CallAsync(request, GetLeadOperation.Prepare, cancellationToken);

    /// <inheritdoc/>
    public virtual MarketoAsyncPageable<LeadRecord> GetMultipleLeadsAsync(GetMultipleLeadsRequest request, CancellationToken cancellationToken = default) =>
        Paged(request, GetMultipleLeadsOperation.Validate, GetMultipleLeadsOperation.PreparePage, cancellationToken);

    /// <inheritdoc/>
    public virtual MarketoAsyncPageable<LeadActivity> GetLeadActivityAsync(GetLeadActivityRequest request, CancellationToken cancellationToken = default) =>
        Paged(request, GetLeadActivityOperation.Validate, GetLeadActivityOperation.PreparePage, cancellationToken);

    /// <inheritdoc/>
    public virtual MarketoAsyncPageable<LeadChange> GetLeadChangesAsync(GetLeadChangesRequest request, CancellationToken cancellationToken = default) =>
        Paged(request, GetLeadChangesOperation.Validate, GetLeadChangesOperation.PreparePage, cancellationToken);

    /// <inheritdoc/>
    public virtual Task<SyncLeadResult> SyncLeadAsync(SyncLeadRequest request, CancellationToken cancellationToken = default) =>
        CallAsync(request, SyncLeadOperation.Prepare, cancellationToken);

    /// <inheritdoc/>
    public virtual Task<MergeLeadsResult> MergeLeadsAsync(MergeLeadsRequest request, CancellationToken cancellationToken = default) =>
        CallAsync(request, MergeLeadsOperation.Prepare, cancellationToken);

    /// <inheritdoc/>
    public virtual Task<ListOperationResult> ListOperationAsync(ListOperationRequest request, CancellationToken cancellationToken = default) =>
        CallAsync(request, ListOperationOperation.Prepare, cancellationToken);

    /// <inheritdoc/>
    public virtual Task<GetCampaignsForSourceResult> GetCampaignsForSourceAsync(GetCampaignsForSourceRequest request, CancellationToken cancellationToken = default) =>
        CallAsync(request, GetCampaignsForSourceOperation.Prepare, cancellationToken);

    /// <inheritdoc/>
    public virtual Task<RequestCampaignResult> RequestCampaignAsync(RequestCampaignRequest request, CancellationToken cancellationToken = default) =>
        CallAsync(request, RequestCampaignOperation.Prepare, cancellationToken);

    /// <inheritdoc/>
    public virtual Task<ScheduleCampaignResult> ScheduleCampaignAsync(ScheduleCampaignRequest request, CancellationToken cancellationToken = default) =>
        CallAsync(request, ScheduleCampaignOperation.Prepare, cancellationToken);

    /// <inheritdoc/>
    public virtual Task<ImportToListResult> ImportToListAsync(ImportToListRequest request, CancellationToken cancellationToken = default) =>
        CallAsync(request, ImportToListOperation.Prepare, cancellationToken);

    /// <inheritdoc/>
    public virtual Task<GetImportToListStatusResult> GetImportToListStatusAsync(GetImportToListStatusRequest request, CancellationToken cancellationToken = default) =>
        CallAsync(request, GetImportToListStatusOperation.Prepare, cancellationToken);

    /// <inheritdoc/>
    public virtual Task<GetImportToListStatusResult> WaitForImportToListAsync(GetImportToListStatusRequest request, ImportToListWaitOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        options ??= new ImportToListWaitOptions();
        ImportToListWaiter.Validate(options);
        GetImportToListStatusOperation.Validate(request);
        return ImportToListWaiter.WaitAsync(GetImportToListStatusAsync, request, options, _pipeline?.TimeProvider ?? TimeProvider.System, cancellationToken);
    }

    /// <inheritdoc/>
    public virtual Task<GetChannelsResult> GetChannelsAsync(GetChannelsRequest request, CancellationToken cancellationToken = default) =>
        CallAsync(request, GetChannelsOperation.Prepare, cancellationToken);

    /// <inheritdoc/>
    public virtual Task<GetTagsResult> GetTagsAsync(GetTagsRequest request, CancellationToken cancellationToken = default) =>
        CallAsync(request, GetTagsOperation.Prepare, cancellationToken);

    /// <inheritdoc/>
    public virtual MarketoAsyncPageable<CustomObject> GetCustomObjectsAsync(GetCustomObjectsRequest request, CancellationToken cancellationToken = default) =>
        Paged(request, GetCustomObjectsOperation.Validate, GetCustomObjectsOperation.PreparePage, cancellationToken);

    /// <inheritdoc/>
    public virtual Task<SyncCustomObjectsResult> SyncCustomObjectsAsync(SyncCustomObjectsRequest request, CancellationToken cancellationToken = default) =>
        CallAsync(request, SyncCustomObjectsOperation.Prepare, cancellationToken);

    /// <inheritdoc/>
    public virtual Task<DeleteCustomObjectsResult> DeleteCustomObjectsAsync(DeleteCustomObjectsRequest request, CancellationToken cancellationToken = default) =>
        CallAsync(request, DeleteCustomObjectsOperation.Prepare, cancellationToken);

    /// <inheritdoc />
    public virtual MarketoAsyncPageable<MObjectRecord> GetMObjectsAsync(GetMObjectsRequest request, CancellationToken cancellationToken = default) =>
        Paged(request, GetMObjectsOperation.Validate, GetMObjectsOperation.PreparePage, cancellationToken);

    /// <inheritdoc />
    public virtual Task<DeleteMObjectsResult> DeleteMObjectsAsync(DeleteMObjectsRequest request, CancellationToken cancellationToken = default) =>
        CallAsync(request, DeleteMObjectsOperation.Prepare, cancellationToken);

    /// <inheritdoc />
    public virtual Task<MObjectMetadata> DescribeMObjectAsync(DescribeMObjectRequest request, CancellationToken cancellationToken = default) =>
        CallAsync(request, DescribeMObjectOperation.Prepare, cancellationToken);

    /// <inheritdoc />
    public virtual Task<IReadOnlyList<string>> ListMObjectsAsync(CancellationToken cancellationToken = default) =>
        CallAsync(ListMObjectsOperation.NoInput, static _ => ListMObjectsOperation.Prepare(), cancellationToken);

    /// <summary>
    /// Closes the channel factory. Calls in flight, and calls waiting for a concurrency slot, a rate
    /// permit or a back-off, end at once with an <see cref="ObjectDisposedException"/> naming this
    /// client (a call whose own token was cancelled too ends with its
    /// <see cref="OperationCanceledException"/>); any call made afterwards throws
    /// <see cref="ObjectDisposedException"/>. A <see cref="MarketoSoapOptions.RateLimiter"/> the
    /// caller supplied is not disposed.
    /// </summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Closes the channel factory when <paramref name="disposing"/> is true.</summary>
    /// <param name="disposing">Whether the call comes from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _pipeline?.Dispose();
        }
    }

    /// <summary>How every method sends one call: the argument and disposal checks, then the operation's prepared call through the pipeline.</summary>
    private Task<TResult> CallAsync<TRequest, TResult>(TRequest request, Func<TRequest, PreparedCall<TResult>> prepare, CancellationToken cancellationToken)
        where TRequest : class
    {
        ArgumentNullException.ThrowIfNull(request);
        ObjectDisposedException.ThrowIf(_pipeline.IsDisposed, this);
        return _pipeline.SendAsync(prepare(request), cancellationToken);
    }

    /// <summary>
    /// How every paged read starts: the same checks, and the request validated now rather than at the
    /// first page; each page is then one call through the pipeline.
    /// </summary>
    private PagedCall<T> Paged<TRequest, T>(TRequest request, Action<TRequest> validate, Func<TRequest, string?, PreparedCall<MarketoPage<T>>> preparePage, CancellationToken cancellationToken)
        where TRequest : class
    {
        ArgumentNullException.ThrowIfNull(request);
        ObjectDisposedException.ThrowIf(_pipeline.IsDisposed, this);
        validate(request);
        return new PagedCall<T>((token, ct) => _pipeline.SendAsync(preparePage(request, token), ct), cancellationToken);
    }
}
