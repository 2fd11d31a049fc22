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
    /// <param name="leadId">Marketo's id of the lead, or <see langword="null"/> when Marketo sent none.</param>
    /// <param name="status">What Marketo did.</param>
    /// <param name="error">Marketo's reason for a failure.</param>
    /// <param name="statusText">The status word as sent; null derives it from <paramref name="status"/>.</param>
    public static LeadSyncResult LeadSyncResult(int index = 0, LeadRecord? lead = null, int? leadId = 0, LeadSyncStatus status = LeadSyncStatus.Created, string? error = null, string? statusText = null) =>
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

    /// <summary>Builds the outcome of a <c>getLead</c> call.</summary>
    /// <param name="leads">The matching leads; none for a key that matches no lead.</param>
    public static GetLeadResult GetLeadResult(IEnumerable<LeadRecord>? leads = null) =>
        new((leads ?? []).ToArray());

    /// <summary>Builds one page of a paged read.</summary>
    /// <typeparam name="T">The records the read returns.</typeparam>
    /// <param name="values">The page's records.</param>
    /// <param name="continuationToken">The token that continues after this page; null for the last page.</param>
    /// <param name="remainingCount">How many records remain after this page, where the operation reports it.</param>
    public static MarketoPage<T> MarketoPage<T>(IEnumerable<T>? values = null, string? continuationToken = null, int? remainingCount = null) =>
        new((values ?? []).ToArray(), continuationToken, remainingCount);

    /// <summary>Builds one activity of a lead's history, as <c>getLeadActivity</c> returns it.</summary>
    /// <param name="id">Marketo's id of the activity.</param>
    /// <param name="activityDateTime">When it happened.</param>
    /// <param name="activityName">Its display name, for example <see cref="ActivityNames.VisitWebpage"/>.</param>
    /// <param name="assetName">The marketing asset involved.</param>
    /// <param name="attributes">Its details.</param>
    /// <param name="campaign">The smart campaign that did it.</param>
    /// <param name="personName">The person's name.</param>
    /// <param name="personId">The lead's id as text.</param>
    /// <param name="foreignSysId">The lead's id in a foreign system.</param>
    /// <param name="orgName">The lead's organisation.</param>
    /// <param name="foreignSysOrgId">The organisation's id in a foreign system.</param>
    public static LeadActivity LeadActivity(long id = 0, DateTimeOffset activityDateTime = default, string activityName = Models.ActivityNames.VisitWebpage, string? assetName = null, IEnumerable<ActivityAttribute>? attributes = null, string? campaign = null, string? personName = null, string personId = "0", string? foreignSysId = null, string? orgName = null, string? foreignSysOrgId = null) =>
        new(id, activityDateTime, activityName, assetName, (attributes ?? []).ToArray(), campaign, personName, personId, foreignSysId, orgName, foreignSysOrgId);

    /// <summary>Builds one change, as <c>getLeadChanges</c> returns it.</summary>
    /// <param name="id">Marketo's id of the activity.</param>
    /// <param name="activityDateTime">When it happened.</param>
    /// <param name="activityName">Its display name, for example <see cref="ActivityNames.ChangeDataValue"/>.</param>
    /// <param name="assetName">The asset involved; for a changed value, the field's display name.</param>
    /// <param name="attributes">Its details, for example <c>Old Value</c> and <c>New Value</c>.</param>
    /// <param name="campaign">The smart campaign that made the change.</param>
    /// <param name="personId">The lead's id as text.</param>
    public static LeadChange LeadChange(long id = 0, DateTimeOffset activityDateTime = default, string activityName = Models.ActivityNames.ChangeDataValue, string? assetName = null, IEnumerable<ActivityAttribute>? attributes = null, string? campaign = null, string personId = "0") =>
        new(id, activityDateTime, activityName, assetName, (attributes ?? []).ToArray(), campaign, personId);

    /// <summary>Builds the outcome of a <c>syncLead</c> call.</summary>
    /// <param name="leadId">Marketo's id of the lead.</param>
    /// <param name="status">What Marketo did.</param>
    /// <param name="error">Marketo's reason for a failure.</param>
    /// <param name="lead">The lead read back, when it was asked for.</param>
    /// <param name="statusText">The status word as sent; null derives it from <paramref name="status"/>.</param>
    public static SyncLeadResult SyncLeadResult(int leadId = 0, LeadSyncStatus status = LeadSyncStatus.Created, string? error = null, LeadRecord? lead = null, string? statusText = null) =>
        new(leadId, status, statusText ?? status.ToString().ToUpperInvariant(), error, lead);

    /// <summary>Builds the outcome of a <c>mergeLeads</c> call.</summary>
    /// <param name="status">Whether the merge happened.</param>
    /// <param name="winningLeadId">The winner's id.</param>
    /// <param name="losingLeadIds">The losers' ids.</param>
    /// <param name="error">Marketo's reason for a failure.</param>
    /// <param name="statusText">The status word as sent; null derives it from <paramref name="status"/>.</param>
    public static MergeLeadsResult MergeLeadsResult(LeadMergeStatus status = LeadMergeStatus.Merged, int? winningLeadId = null, IEnumerable<int>? losingLeadIds = null, string? error = null, string? statusText = null) =>
        new(status, statusText ?? status.ToString().ToUpperInvariant(), winningLeadId, (losingLeadIds ?? []).ToArray(), error);

    /// <summary>Builds Marketo's answer for one lead of a <c>listOperation</c> call.</summary>
    /// <param name="lead">The echoed key.</param>
    /// <param name="status">Whether the lead is a member, or the change was made.</param>
    public static ListMemberStatus ListMemberStatus(LeadKey lead, bool status = true) => new(lead, status);

    /// <summary>Builds the outcome of a <c>listOperation</c> call.</summary>
    /// <param name="success">Whether the operation held for every lead.</param>
    /// <param name="statuses">The per-lead statuses.</param>
    public static ListOperationResult ListOperationResult(bool success = true, IEnumerable<ListMemberStatus>? statuses = null) =>
        new(success, (statuses ?? []).ToArray());

    /// <summary>Builds one campaign as <c>getCampaignsForSource</c> lists it.</summary>
    /// <param name="id">Marketo's id of the campaign.</param>
    /// <param name="name">The campaign's name.</param>
    /// <param name="description">The campaign's description.</param>
    public static Campaign Campaign(int id = 1, string name = "", string description = "") => new(id, name, description);

    /// <summary>Builds the outcome of a <c>getCampaignsForSource</c> call.</summary>
    /// <param name="campaigns">The campaigns listed.</param>
    public static GetCampaignsForSourceResult GetCampaignsForSourceResult(IEnumerable<Campaign>? campaigns = null) =>
        new((campaigns ?? []).ToArray());

    /// <summary>Builds the outcome of a <c>requestCampaign</c> call.</summary>
    /// <param name="success">Whether Marketo accepted the request.</param>
    public static RequestCampaignResult RequestCampaignResult(bool success = true) => new(success);

    /// <summary>Builds the outcome of a <c>scheduleCampaign</c> call.</summary>
    /// <param name="success">Whether Marketo scheduled the run.</param>
    public static ScheduleCampaignResult ScheduleCampaignResult(bool success = true) => new(success);

    /// <summary>Builds the outcome of an <c>importToList</c> call.</summary>
    /// <param name="status">The import's state.</param>
    /// <param name="statusText">The state word as sent; null derives it from <paramref name="status"/>.</param>
    public static ImportToListResult ImportToListResult(ImportToListStatus status = ImportToListStatus.Processing, string? statusText = null) =>
        new(status, statusText ?? status.ToString().ToUpperInvariant());

    /// <summary>Builds the outcome of a <c>getImportToListStatus</c> call.</summary>
    /// <param name="status">The import's state.</param>
    /// <param name="startedAt">When it started.</param>
    /// <param name="endedAt">When it ended.</param>
    /// <param name="estimatedTime">Marketo's estimate of its duration.</param>
    /// <param name="estimatedRows">The rows Marketo expects.</param>
    /// <param name="rowsImported">The rows imported.</param>
    /// <param name="rowsFailed">The rows that failed.</param>
    /// <param name="rowsIgnored">The rows ignored.</param>
    /// <param name="importSummary">Marketo's summary text.</param>
    /// <param name="statusText">The state word as sent; null derives it from <paramref name="status"/>.</param>
    public static GetImportToListStatusResult GetImportToListStatusResult(
        ImportToListStatus status = ImportToListStatus.Complete,
        DateTimeOffset? startedAt = null,
        DateTimeOffset? endedAt = null,
        int? estimatedTime = null,
        int? estimatedRows = null,
        int? rowsImported = null,
        int? rowsFailed = null,
        int? rowsIgnored = null,
        string? importSummary = null,
        string? statusText = null) =>
        new(status, statusText ?? status.ToString().ToUpperInvariant(), startedAt, endedAt, estimatedTime, estimatedRows, rowsImported, rowsFailed, rowsIgnored, importSummary);

    /// <summary>Builds one progression status of a channel.</summary>
    /// <param name="name">The status's name.</param>
    /// <param name="step">Its step.</param>
    /// <param name="success">Whether it counts as a success.</param>
    /// <param name="attributes">Every pair as sent; null builds <c>Status</c>, <c>Step</c> and <c>Success</c> from the other arguments.</param>
    public static ChannelStatus ChannelStatus(string name = "", int? step = null, bool? success = null, IEnumerable<ChannelStatusAttribute>? attributes = null)
    {
        if (attributes is null)
        {
            var pairs = new List<ChannelStatusAttribute> { new("Status", name) };
            if (step is { } s)
            {
                pairs.Add(new("Step", s.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            if (success is { } ok)
            {
                pairs.Add(new("Success", ok ? "true" : "false"));
            }

            attributes = pairs;
        }

        return new(name, step, success, attributes.ToArray());
    }

    /// <summary>Builds one channel as <c>getChannels</c> lists it.</summary>
    /// <param name="name">The channel's name.</param>
    /// <param name="statuses">Its statuses.</param>
    public static Channel Channel(string name = "", IEnumerable<ChannelStatus>? statuses = null) => new(name, (statuses ?? []).ToArray());

    /// <summary>Builds the outcome of a <c>getChannels</c> call.</summary>
    /// <param name="channels">The channels listed.</param>
    public static GetChannelsResult GetChannelsResult(IEnumerable<Channel>? channels = null) => new((channels ?? []).ToArray());

    /// <summary>Builds one tag type as <c>getTags</c> lists it.</summary>
    /// <param name="type">The tag type.</param>
    /// <param name="values">Its allowed values.</param>
    public static TagType TagType(string type = "", IEnumerable<string>? values = null) => new(type, (values ?? []).ToArray());

    /// <summary>Builds the outcome of a <c>getTags</c> call.</summary>
    /// <param name="tagTypes">The tag types listed.</param>
    public static GetTagsResult GetTagsResult(IEnumerable<TagType>? tagTypes = null) => new((tagTypes ?? []).ToArray());

    /// <summary>Builds a custom object record as <c>getCustomObjects</c> returns it.</summary>
    /// <param name="keys">Its key fields.</param>
    /// <param name="attributes">Its other fields.</param>
    public static CustomObject CustomObject(IEnumerable<CustomObjectField>? keys = null, IEnumerable<CustomObjectField>? attributes = null) =>
        new((keys ?? []).ToArray(), (attributes ?? []).ToArray());

    /// <summary>Builds the result for one custom object record of a <c>syncCustomObjects</c> call.</summary>
    /// <param name="index">The record's position in the request.</param>
    /// <param name="record">The record the result answers.</param>
    /// <param name="keys">The key fields Marketo echoed; null echoes the record's own.</param>
    /// <param name="status">What Marketo did.</param>
    /// <param name="error">Marketo's reason for a failure.</param>
    /// <param name="statusText">The status word as sent; null derives it from <paramref name="status"/>.</param>
    public static CustomObjectSyncResult CustomObjectSyncResult(int index = 0, CustomObjectRecord? record = null, IEnumerable<CustomObjectField>? keys = null, CustomObjectSyncStatus status = CustomObjectSyncStatus.Created, string? error = null, string? statusText = null)
    {
        record ??= new CustomObjectRecord { Keys = [] };
        return new(index, record, keys?.ToArray() ?? [.. record.Keys], status, statusText ?? status.ToString().ToUpperInvariant(), error);
    }

    /// <summary>Builds the outcome of a <c>syncCustomObjects</c> call.</summary>
    /// <param name="results">The per-record results, in request order.</param>
    public static SyncCustomObjectsResult SyncCustomObjectsResult(IEnumerable<CustomObjectSyncResult>? results = null) =>
        new((results ?? []).ToArray());

    /// <summary>Builds the result for one key of a <c>deleteCustomObjects</c> call.</summary>
    /// <param name="index">The key's position in the request.</param>
    /// <param name="keys">The key fields as sent.</param>
    /// <param name="status">What Marketo did.</param>
    /// <param name="error">Marketo's reason for a failure.</param>
    /// <param name="statusText">The status word as sent; null derives it from <paramref name="status"/>.</param>
    public static CustomObjectDeleteResult CustomObjectDeleteResult(int index = 0, IEnumerable<CustomObjectField>? keys = null, CustomObjectSyncStatus status = CustomObjectSyncStatus.Deleted, string? error = null, string? statusText = null) =>
        new(index, (keys ?? []).ToArray(), status, statusText ?? status.ToString().ToUpperInvariant(), error);

    /// <summary>Builds the outcome of a <c>deleteCustomObjects</c> call.</summary>
    /// <param name="results">The per-key results, in request order.</param>
    public static DeleteCustomObjectsResult DeleteCustomObjectsResult(IEnumerable<CustomObjectDeleteResult>? results = null) =>
        new((results ?? []).ToArray());

    /// <summary>Builds the result for one object of a <c>deleteMObjects</c> call.</summary>
    /// <param name="index">The object's position in the request.</param>
    /// <param name="target">The object the result answers.</param>
    /// <param name="id">The id Marketo echoed; null for none.</param>
    /// <param name="status">What Marketo did.</param>
    /// <param name="error">Marketo's reason for a failure.</param>
    /// <param name="statusText">The status word as sent; null derives it from <paramref name="status"/>.</param>
    public static MObjectDeleteResult MObjectDeleteResult(int index = 0, MObjectReference? target = null, int? id = null, MObjectSyncStatus status = MObjectSyncStatus.Deleted, string? error = null, string? statusText = null) =>
        new(index, target ?? new MObjectReference(MObjectTypes.Opportunity, 1), id, status, statusText ?? status.ToString().ToUpperInvariant(), error);

    /// <summary>Builds the outcome of a <c>deleteMObjects</c> call.</summary>
    /// <param name="results">The per-object results, in request order.</param>
    public static DeleteMObjectsResult DeleteMObjectsResult(IEnumerable<MObjectDeleteResult>? results = null) =>
        new((results ?? []).ToArray());

    /// <summary>Builds an object's metadata, as <c>describeMObject</c> returns it.</summary>
    /// <param name="name">The object's name.</param>
    /// <param name="fields">Its fields.</param>
    /// <param name="description">Its description.</param>
    /// <param name="isCustom">Whether it was added to the instance.</param>
    /// <param name="isVirtual">Whether it is composed of other objects' fields.</param>
    /// <param name="updatedAt">When its definition last changed.</param>
    public static MObjectMetadata MObjectMetadata(string name = "LeadRecord", IEnumerable<MObjectFieldMetadata>? fields = null, string? description = null, bool isCustom = false, bool isVirtual = false, DateTimeOffset updatedAt = default) =>
        new(name, description, isCustom, isVirtual, (fields ?? []).ToArray(), updatedAt);

    /// <summary>Builds one field's metadata, as <c>describeMObject</c> returns it.</summary>
    /// <param name="name">The field's API name.</param>
    /// <param name="dataType">Marketo's data type.</param>
    /// <param name="size">Its size, or null.</param>
    /// <param name="displayName">The UI's name, or null.</param>
    /// <param name="description">Its description, or null.</param>
    /// <param name="sourceObject">The object it comes from, or null.</param>
    /// <param name="isReadonly">Whether the API cannot write it.</param>
    /// <param name="isUpdateBlocked">Whether updates are refused.</param>
    /// <param name="isName">Whether it is the name field, or null.</param>
    /// <param name="isPrimaryKey">Whether it is the primary key.</param>
    /// <param name="isCustom">Whether it was added to the instance.</param>
    /// <param name="isDynamic">Marketo's isDynamic flag.</param>
    /// <param name="dynamicFieldRef">Marketo's dynamicFieldRef, or null.</param>
    /// <param name="updatedAt">When its definition last changed.</param>
    public static MObjectFieldMetadata MObjectFieldMetadata(string name = "Email", string dataType = "string", int? size = null, string? displayName = null, string? description = null, string? sourceObject = null, bool isReadonly = false, bool isUpdateBlocked = false, bool? isName = false, bool isPrimaryKey = false, bool isCustom = false, bool isDynamic = false, string? dynamicFieldRef = null, DateTimeOffset updatedAt = default) =>
        new(name, description, displayName, sourceObject, dataType, size, isReadonly, isUpdateBlocked, isName, isPrimaryKey, isCustom, isDynamic, dynamicFieldRef, updatedAt);
}
