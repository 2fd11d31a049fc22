using Marketo.Soap.Models;

namespace Marketo.Soap;

/// <summary>
/// Builds result models, whose constructors are internal, for tests of code that consumes
/// <see cref="IMarketoSoapClient"/>: have a mock return what these methods build.
/// </summary>
public static class MarketoSoapModelFactory
{
    /// <summary>Builds the result for one lead.</summary>
    /// <param name="index">The lead's position in the request.</param>
    /// <param name="lead">The lead the result answers.</param>
    /// <param name="leadId">Marketo's id of the lead.</param>
    /// <param name="status">What Marketo did.</param>
    /// <param name="error">Marketo's reason for a failure.</param>
    /// <param name="statusText">The status word as sent; null derives it from <paramref name="status"/>.</param>
    public static LeadSyncResult LeadSyncResult(int index = 0, LeadRecord? lead = null, int leadId = 0, LeadSyncStatus status = LeadSyncStatus.Created, string? error = null, string? statusText = null) =>
        new(index, lead ?? new LeadRecord(), leadId, status, statusText ?? status.ToString().ToUpperInvariant(), error);

    /// <summary>Builds the outcome of a <c>syncMultipleLeads</c> call.</summary>
    /// <param name="results">The per-lead results, in request order.</param>
    public static SyncMultipleLeadsResult SyncMultipleLeadsResult(IEnumerable<LeadSyncResult>? results = null) =>
        new((results ?? []).ToArray());

    /// <summary>Builds the result for one MObject.</summary>
    /// <param name="index">The object's position in the request.</param>
    /// <param name="record">The object the result answers.</param>
    /// <param name="id">Marketo's id of the object.</param>
    /// <param name="externalKey">The echoed external key.</param>
    /// <param name="status">What Marketo did.</param>
    /// <param name="error">Marketo's reason for a failure.</param>
    /// <param name="statusText">The status word as sent; null derives it from <paramref name="status"/>.</param>
    public static MObjectSyncResult MObjectSyncResult(int index = 0, MObjectRecord? record = null, int? id = null, MObjectAttribute? externalKey = null, MObjectSyncStatus status = MObjectSyncStatus.Created, string? error = null, string? statusText = null) =>
        new(index, record ?? new MObjectRecord { Type = MObjectTypes.Opportunity }, id, externalKey, status, statusText ?? status.ToString().ToUpperInvariant(), error);

    /// <summary>Builds the outcome of a <c>syncMObjects</c> call.</summary>
    /// <param name="results">The per-object results, in request order.</param>
    public static SyncMObjectsResult SyncMObjectsResult(IEnumerable<MObjectSyncResult>? results = null) =>
        new((results ?? []).ToArray());
}
