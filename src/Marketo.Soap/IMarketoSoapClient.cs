using Marketo.Soap.Models;

namespace Marketo.Soap;

/// <summary>
/// Calls Marketo's SOAP API (mktows 2_3). The seam to mock in tests of code that syncs to Marketo;
/// <see cref="MarketoSoapClient"/> is the implementation.
/// </summary>
public interface IMarketoSoapClient
{
    /// <summary>
    /// Creates or updates up to 300 leads in one <c>syncMultipleLeads</c> call. Touches the network.
    /// </summary>
    /// <param name="request">The leads, and whether to deduplicate by email.</param>
    /// <param name="cancellationToken">Cancels the call, including the HTTP request in flight.</param>
    /// <returns>One result per lead, in request order; a lead Marketo could not write is a result with status <see cref="LeadSyncStatus.Failed"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="MarketoRequestValidationException">
    /// Nothing was sent: the request is empty or has more than 300 leads, or a lead has no key, a
    /// foreign system id without its type, a null attribute, or a character XML cannot carry.
    /// </exception>
    /// <exception cref="MarketoAuthenticationException">Marketo refused the credentials (20013, 20014).</exception>
    /// <exception cref="MarketoQuotaExceededException">The daily quota is used up (20015).</exception>
    /// <exception cref="MarketoTransportException">No usable answer came back (connection, timeout, HTTP error, unreadable answer).</exception>
    /// <exception cref="MarketoSoapException">Marketo answered with any other fault; see <see cref="MarketoSoapException.ErrorCode"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<SyncMultipleLeadsResult> SyncMultipleLeadsAsync(SyncMultipleLeadsRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates, updates or upserts up to 100 MObjects (programs, opportunities, opportunity person
    /// roles) in one <c>syncMObjects</c> call. Touches the network.
    /// </summary>
    /// <param name="request">The operation and the objects.</param>
    /// <param name="cancellationToken">Cancels the call, including the HTTP request in flight.</param>
    /// <returns>One result per object, in request order; an object Marketo could not write is a result with status <see cref="MObjectSyncStatus.Failed"/>.</returns>
    /// <remarks>
    /// An <see cref="MObjectOperation.Insert"/> that ends in <see cref="MarketoTransportException"/>
    /// may still have reached Marketo; sending it again can create duplicates.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="MarketoRequestValidationException">
    /// Nothing was sent: the request is empty or has more than 100 objects, a program is sent with
    /// an operation other than Update, or an object has a missing type, a null attribute, or a
    /// character XML cannot carry.
    /// </exception>
    /// <exception cref="MarketoAuthenticationException">Marketo refused the credentials (20013, 20014).</exception>
    /// <exception cref="MarketoQuotaExceededException">The daily quota is used up (20015).</exception>
    /// <exception cref="MarketoTransportException">No usable answer came back (connection, timeout, HTTP error, unreadable answer).</exception>
    /// <exception cref="MarketoSoapException">Marketo answered with any other fault; see <see cref="MarketoSoapException.ErrorCode"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<SyncMObjectsResult> SyncMObjectsAsync(SyncMObjectsRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads every lead that matches one key, with all its fields, in one <c>getLead</c> call.
    /// Touches the network.
    /// </summary>
    /// <param name="request">The key: a lead id, email, cookie, lead owner email or Salesforce id.</param>
    /// <param name="cancellationToken">Cancels the call, including the HTTP request in flight.</param>
    /// <returns>
    /// The matching leads; several can share one email. When no lead matches, Marketo answers with
    /// fault 20103, and this method returns a result with no leads (<see cref="GetLeadResult.Found"/>
    /// false) instead of throwing, because asking whether a lead exists is what the call is mostly for.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="MarketoRequestValidationException">
    /// Nothing was sent: the key is missing, has an undefined type, an empty value or a character
    /// XML cannot carry, or an Id key is not a whole number of 1 or more.
    /// </exception>
    /// <exception cref="MarketoAuthenticationException">Marketo refused the credentials (20013, 20014).</exception>
    /// <exception cref="MarketoQuotaExceededException">The daily quota is used up (20015).</exception>
    /// <exception cref="MarketoTransportException">No usable answer came back (connection, timeout, HTTP error, unreadable answer).</exception>
    /// <exception cref="MarketoSoapException">Marketo answered with any other fault (for example 20102 bad key type, 20108 no such lead owner); see <see cref="MarketoSoapException.ErrorCode"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<GetLeadResult> GetLeadAsync(GetLeadRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads the leads a selector chooses (by keys, static list or last update) with
    /// <c>getMultipleLeads</c>, one call per page as the enumeration reaches it. Touches the network
    /// only when enumerated.
    /// </summary>
    /// <param name="request">The selector, the fields to return and the page size.</param>
    /// <param name="cancellationToken">Cancels the enumeration and the call in flight.</param>
    /// <returns>
    /// The leads, a page at a time. Enumerate it for every lead, or call
    /// <see cref="MarketoAsyncPageable{T}.AsPages(string?)"/> for pages with their
    /// <see cref="MarketoPage{T}.RemainingCount"/> and a continuation token to resume after a page.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="MarketoRequestValidationException">
    /// Thrown by this method, before anything is sent: the selector is missing; a key selector holds
    /// no key, more than 100 keys (Marketo would silently ignore the rest), an empty key or a
    /// character XML cannot carry; a static list selector names its list by both or neither of id
    /// and name; a last-update window ends before it starts or spans more than 30 days (Marketo's
    /// 20022); a field name is empty; or the batch size is not between 1 and 1000.
    /// </exception>
    /// <exception cref="MarketoAuthenticationException">During enumeration: Marketo refused the credentials (20013, 20014).</exception>
    /// <exception cref="MarketoQuotaExceededException">During enumeration: the daily quota is used up (20015).</exception>
    /// <exception cref="MarketoTransportException">During enumeration: no usable answer came back (connection, timeout, HTTP error, unreadable answer).</exception>
    /// <exception cref="MarketoSoapException">
    /// During enumeration: Marketo answered with any other fault, for example 20111 (no such static
    /// list), 20122 (a continuation token Marketo no longer accepts) or 20123 (read past the end);
    /// see <see cref="MarketoSoapException.ErrorCode"/>.
    /// </exception>
    /// <exception cref="OperationCanceledException">During enumeration: <paramref name="cancellationToken"/> was cancelled.</exception>
    MarketoAsyncPageable<LeadRecord> GetMultipleLeadsAsync(GetMultipleLeadsRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads one lead's activity history, newest first, with <c>getLeadActivity</c>, one call per
    /// page as the enumeration reaches it. Touches the network only when enumerated.
    /// </summary>
    /// <param name="request">The lead, an optional type filter, and the page size.</param>
    /// <param name="cancellationToken">Cancels the enumeration and the call in flight.</param>
    /// <returns>
    /// The activities, a page at a time. Enumerate it for every activity, or call
    /// <see cref="MarketoAsyncPageable{T}.AsPages(string?)"/> for pages with a continuation token to
    /// resume after a page. <see cref="MarketoPage{T}.RemainingCount"/> is given only when exactly
    /// one type is included, the only case in which Marketo's count is exact.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="MarketoRequestValidationException">
    /// Thrown by this method, before anything is sent: the lead key is missing or bad, both included
    /// and excluded types are given, a type is undefined, or the batch size is not between 1 and
    /// 100. During enumeration: the continuation token passed to <c>AsPages</c> is not one this
    /// read handed out.
    /// </exception>
    /// <exception cref="MarketoAuthenticationException">During enumeration: Marketo refused the credentials (20013, 20014).</exception>
    /// <exception cref="MarketoQuotaExceededException">During enumeration: the daily quota is used up (20015).</exception>
    /// <exception cref="MarketoTransportException">During enumeration: no usable answer came back (connection, timeout, HTTP error, unreadable answer).</exception>
    /// <exception cref="MarketoSoapException">
    /// During enumeration: Marketo answered with any other fault, for example 20103 (no lead
    /// matches the key: unlike <see cref="GetLeadAsync"/>, this read throws it), 20107 (an activity
    /// type Marketo does not take) or 20122 (a position Marketo no longer accepts); see
    /// <see cref="MarketoSoapException.ErrorCode"/>.
    /// </exception>
    /// <exception cref="OperationCanceledException">During enumeration: <paramref name="cancellationToken"/> was cancelled.</exception>
    MarketoAsyncPageable<LeadActivity> GetLeadActivityAsync(GetLeadActivityRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads new leads, changed field values and other activities across all leads (or the leads a
    /// selector chooses), oldest first, from a start time, with <c>getLeadChanges</c>, one call per
    /// page as the enumeration reaches it. Touches the network only when enumerated.
    /// </summary>
    /// <param name="request">The start (and optional end) time, the filters, the leads and the page size.</param>
    /// <param name="cancellationToken">Cancels the enumeration and the call in flight.</param>
    /// <returns>
    /// The changes, a page at a time. Enumerate it for every change, or call
    /// <see cref="MarketoAsyncPageable{T}.AsPages(string?)"/> for pages with a continuation token to
    /// resume after a page, for example to pick up tomorrow where today's sync stopped.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="MarketoRequestValidationException">
    /// Thrown by this method, before anything is sent: the end lies before the start; an activity
    /// name is empty; both included and excluded types, or names and a type filter, are given; a
    /// type is undefined; the selector is bad (see <see cref="GetMultipleLeadsAsync"/>; more than
    /// 100 keys would make Marketo fail the call); or the batch size is not between 1 and 1000.
    /// During enumeration: the continuation token passed to <c>AsPages</c> is not one this read
    /// handed out.
    /// </exception>
    /// <exception cref="MarketoAuthenticationException">During enumeration: Marketo refused the credentials (20013, 20014).</exception>
    /// <exception cref="MarketoQuotaExceededException">During enumeration: the daily quota is used up (20015).</exception>
    /// <exception cref="MarketoTransportException">During enumeration: no usable answer came back (connection, timeout, HTTP error, unreadable answer).</exception>
    /// <exception cref="MarketoSoapException">
    /// During enumeration: Marketo answered with any other fault, for example 20107 (an activity type
    /// Marketo does not take), 20111 (no such static list) or 20122 (a position Marketo no longer
    /// accepts); see <see cref="MarketoSoapException.ErrorCode"/>.
    /// </exception>
    /// <exception cref="OperationCanceledException">During enumeration: <paramref name="cancellationToken"/> was cancelled.</exception>
    MarketoAsyncPageable<LeadChange> GetLeadChangesAsync(GetLeadChangesRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates or updates one lead in one <c>syncLead</c> call, optionally in a named workspace
    /// and optionally reading the lead back. Touches the network.
    /// </summary>
    /// <param name="request">The lead, whether to return it, the visitor's cookie and the workspace.</param>
    /// <param name="cancellationToken">Cancels the call, including the HTTP request in flight.</param>
    /// <returns>The lead's id and what Marketo did; the lead as Marketo holds it when <see cref="SyncLeadRequest.ReturnLead"/> is set.</returns>
    /// <remarks>Safe to repeat: a repeat writes the same values to the same lead.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="MarketoRequestValidationException">
    /// Nothing was sent: the lead is missing or has no key, a foreign system id without its type, a
    /// null attribute, or a character XML cannot carry; or the cookie or workspace is empty.
    /// </exception>
    /// <exception cref="MarketoAuthenticationException">Marketo refused the credentials (20013, 20014).</exception>
    /// <exception cref="MarketoQuotaExceededException">The daily quota is used up (20015).</exception>
    /// <exception cref="MarketoTransportException">No usable answer came back (connection, timeout, HTTP error, unreadable answer).</exception>
    /// <exception cref="MarketoSoapException">
    /// Marketo answered with any other fault, for example 20105 for an unknown field name (the whole
    /// call fails) or a lead outside the workspace's partition; see <see cref="MarketoSoapException.ErrorCode"/>.
    /// </exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<SyncLeadResult> SyncLeadAsync(SyncLeadRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Merges one or more losing leads into a winning lead in one <c>mergeLeads</c> call. Touches
    /// the network.
    /// </summary>
    /// <param name="request">The keys of the winning lead and of each losing lead.</param>
    /// <param name="cancellationToken">Cancels the call, including the HTTP request in flight.</param>
    /// <returns>Whether the leads were merged, with the winner's and losers' ids; a merge Marketo refused is a result with status <see cref="LeadMergeStatus.Failed"/> and its error.</returns>
    /// <remarks>
    /// Not repeated after an ambiguous failure (see <see cref="MarketoSoapRetryOptions.RetryUnsafeCallsAfterAmbiguousFailures"/>):
    /// a merge that was applied but whose answer was lost fails oddly when sent again. After a
    /// <see cref="MarketoTransportException"/>, look the losing leads up before merging again.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="MarketoRequestValidationException">
    /// Nothing was sent: the winner has no key, there is no losing lead, a losing lead has no key,
    /// or a key is null, a <see cref="LeadKeyType.Cookie"/> key, empty, or holds a character XML cannot carry.
    /// </exception>
    /// <exception cref="MarketoAuthenticationException">Marketo refused the credentials (20013, 20014).</exception>
    /// <exception cref="MarketoQuotaExceededException">The daily quota is used up (20015).</exception>
    /// <exception cref="MarketoTransportException">No usable answer came back (connection, timeout, HTTP error, unreadable answer).</exception>
    /// <exception cref="MarketoSoapException">Marketo answered with any other fault; see <see cref="MarketoSoapException.ErrorCode"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<MergeLeadsResult> MergeLeadsAsync(MergeLeadsRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds up to 1000 leads to a static list, removes them from it, or asks whether each is on
    /// it, in one <c>listOperation</c> call. Touches the network.
    /// </summary>
    /// <param name="request">The operation, the list, the leads by id, and whether one failure fails all.</param>
    /// <param name="cancellationToken">Cancels the call, including the HTTP request in flight.</param>
    /// <returns>
    /// Whether the operation held for every lead, and a status per lead echoing its key when Marketo
    /// sends them. A lead that is not on the list is a <see langword="false"/> status, not an exception.
    /// </returns>
    /// <remarks>Safe to repeat: list membership is a set, so adding or removing again changes nothing more.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="MarketoRequestValidationException">
    /// Nothing was sent: the operation or list key type is undefined, the list name is missing or
    /// empty, there are no leads or more than 1000, or a lead key is null, not an Id key, empty, or
    /// holds a character XML cannot carry.
    /// </exception>
    /// <exception cref="MarketoAuthenticationException">Marketo refused the credentials (20013, 20014).</exception>
    /// <exception cref="MarketoQuotaExceededException">The daily quota is used up (20015).</exception>
    /// <exception cref="MarketoTransportException">No usable answer came back (connection, timeout, HTTP error, unreadable answer).</exception>
    /// <exception cref="MarketoSoapException">Marketo answered with any other fault, for example 20111 when the list does not exist; see <see cref="MarketoSoapException.ErrorCode"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<ListOperationResult> ListOperationAsync(ListOperationRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Lists the smart campaigns that can be requested through the API (or by Sales Insight), in
    /// one <c>getCampaignsForSource</c> call. Touches the network.
    /// </summary>
    /// <param name="request">The source, and an optional name filter.</param>
    /// <param name="cancellationToken">Cancels the call, including the HTTP request in flight.</param>
    /// <returns>The campaigns with their ids, names and descriptions; empty when none matched.</returns>
    /// <remarks>Safe to repeat: it only reads.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="MarketoRequestValidationException">Nothing was sent: the source is undefined, or the name filter is empty or holds a character XML cannot carry.</exception>
    /// <exception cref="MarketoAuthenticationException">Marketo refused the credentials (20013, 20014).</exception>
    /// <exception cref="MarketoQuotaExceededException">The daily quota is used up (20015).</exception>
    /// <exception cref="MarketoTransportException">No usable answer came back (connection, timeout, HTTP error, unreadable answer).</exception>
    /// <exception cref="MarketoSoapException">Marketo answered with any other fault; see <see cref="MarketoSoapException.ErrorCode"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<GetCampaignsForSourceResult> GetCampaignsForSourceAsync(GetCampaignsForSourceRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs up to 100 leads through a smart campaign whose trigger is "Campaign is Requested", in
    /// one <c>requestCampaign</c> call, optionally with values for the program's My Tokens.
    /// Touches the network.
    /// </summary>
    /// <param name="request">The campaign (by id, or by program and campaign name), the leads, and the tokens.</param>
    /// <param name="cancellationToken">Cancels the call, including the HTTP request in flight.</param>
    /// <returns>Whether Marketo accepted the request; Marketo reports nothing per lead.</returns>
    /// <remarks>
    /// Not repeated after an ambiguous failure (see <see cref="MarketoSoapRetryOptions.RetryUnsafeCallsAfterAmbiguousFailures"/>):
    /// a request that was applied but whose answer was lost would send the campaign's emails twice.
    /// A <see cref="MarketoTransportException"/> therefore leaves it unknown whether the campaign ran.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="MarketoRequestValidationException">
    /// Nothing was sent: the campaign is named both ways or neither way, tokens come with a
    /// campaign id, a name is empty, there are no leads or more than 100, a lead key is null, a
    /// <see cref="LeadKeyType.Cookie"/> key or empty, a token is not written as <c>{{my.name}}</c>,
    /// or a text holds a character XML cannot carry.
    /// </exception>
    /// <exception cref="MarketoAuthenticationException">Marketo refused the credentials (20013, 20014).</exception>
    /// <exception cref="MarketoQuotaExceededException">The daily quota is used up (20015).</exception>
    /// <exception cref="MarketoTransportException">No usable answer came back (connection, timeout, HTTP error, unreadable answer).</exception>
    /// <exception cref="MarketoSoapException">Marketo answered with any other fault, for example 20113 when the campaign does not exist; see <see cref="MarketoSoapException.ErrorCode"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<RequestCampaignResult> RequestCampaignAsync(RequestCampaignRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Schedules a program's batch smart campaign to run now or at a given time, in one
    /// <c>scheduleCampaign</c> call, optionally with values for the program's My Tokens for that
    /// run. Touches the network.
    /// </summary>
    /// <param name="request">The program and campaign names, when to run, and the tokens.</param>
    /// <param name="cancellationToken">Cancels the call, including the HTTP request in flight.</param>
    /// <returns>Whether Marketo scheduled the run.</returns>
    /// <remarks>
    /// Not repeated after an ambiguous failure (see <see cref="MarketoSoapRetryOptions.RetryUnsafeCallsAfterAmbiguousFailures"/>):
    /// a schedule that was applied but whose answer was lost could run the campaign twice.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="MarketoRequestValidationException">
    /// Nothing was sent: a name is missing or empty, a token is not written as <c>{{my.name}}</c>,
    /// or a text holds a character XML cannot carry.
    /// </exception>
    /// <exception cref="MarketoAuthenticationException">Marketo refused the credentials (20013, 20014).</exception>
    /// <exception cref="MarketoQuotaExceededException">The daily quota is used up (20015).</exception>
    /// <exception cref="MarketoTransportException">No usable answer came back (connection, timeout, HTTP error, unreadable answer).</exception>
    /// <exception cref="MarketoSoapException">Marketo answered with any other fault, for example 20113 when the campaign does not exist; see <see cref="MarketoSoapException.ErrorCode"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<ScheduleCampaignResult> ScheduleCampaignAsync(ScheduleCampaignRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Starts an asynchronous import of rows of lead data into a program's static list, in one
    /// <c>importToList</c> call, as a CSV list import in Marketo's user interface would. Touches the network.
    /// </summary>
    /// <param name="request">The program and list, the columns (by display name) and rows, the mode, and whether to clear the list first.</param>
    /// <param name="cancellationToken">Cancels the call, including the HTTP request in flight.</param>
    /// <returns>The import's state when Marketo accepted it, usually <see cref="ImportToListStatus.Processing"/>; follow it with <see cref="WaitForImportToListAsync"/>.</returns>
    /// <remarks>
    /// Not repeated after an ambiguous failure (see <see cref="MarketoSoapRetryOptions.RetryUnsafeCallsAfterAmbiguousFailures"/>):
    /// an import that was applied but whose answer was lost would run twice, which can log changes and
    /// trigger campaigns again. After a <see cref="MarketoTransportException"/>, read the status with
    /// <see cref="GetImportToListStatusAsync"/> before importing again.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="MarketoRequestValidationException">
    /// Nothing was sent: a name is missing or empty, the mode is undefined, there are no columns or
    /// no rows, a column is empty, repeated or holds a comma, quote or line break, a token column
    /// comes without a campaign name, a row is null or has another number of values than there are
    /// columns, or a value is null, holds a line break or a character XML cannot carry.
    /// </exception>
    /// <exception cref="MarketoAuthenticationException">Marketo refused the credentials (20013, 20014).</exception>
    /// <exception cref="MarketoQuotaExceededException">The daily quota is used up (20015).</exception>
    /// <exception cref="MarketoTransportException">No usable answer came back (connection, timeout, HTTP error, unreadable answer).</exception>
    /// <exception cref="MarketoSoapException">Marketo answered with any other fault, for example 20111 when the list does not exist; see <see cref="MarketoSoapException.ErrorCode"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<ImportToListResult> ImportToListAsync(ImportToListRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads the state and row counts of a list's import, in one <c>getImportToListStatus</c> call.
    /// Marketo asks callers to poll at most once a minute; <see cref="WaitForImportToListAsync"/> does. Touches the network.
    /// </summary>
    /// <param name="request">The program and list the import named.</param>
    /// <param name="cancellationToken">Cancels the call, including the HTTP request in flight.</param>
    /// <returns>The state, times and row counts Marketo reported.</returns>
    /// <remarks>Safe to repeat: it only reads.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="MarketoRequestValidationException">Nothing was sent: a name is missing, empty or holds a character XML cannot carry.</exception>
    /// <exception cref="MarketoAuthenticationException">Marketo refused the credentials (20013, 20014).</exception>
    /// <exception cref="MarketoQuotaExceededException">The daily quota is used up (20015).</exception>
    /// <exception cref="MarketoTransportException">No usable answer came back (connection, timeout, HTTP error, unreadable answer).</exception>
    /// <exception cref="MarketoSoapException">Marketo answered with any other fault; see <see cref="MarketoSoapException.ErrorCode"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<GetImportToListStatusResult> GetImportToListStatusAsync(GetImportToListStatusRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Waits for a list's import to finish: reads its status at once, then again after each wait
    /// (1, 2, 4, then every 5 minutes by default), on the client's clock. Touches the network once per read.
    /// </summary>
    /// <param name="request">The program and list the import named.</param>
    /// <param name="options">The first wait, the longest wait and the overall time limit; null uses the defaults.</param>
    /// <param name="cancellationToken">Cancels the wait and the read in flight.</param>
    /// <returns>The last status, <see cref="ImportToListStatus.Complete"/>; rows may still have failed or been ignored (see its counts).</returns>
    /// <remarks>A status word the library does not know counts as still running.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An interval is not positive, the longest wait is shorter than the first, or the time limit is neither positive nor infinite.</exception>
    /// <exception cref="MarketoRequestValidationException">Nothing was sent: a name is missing, empty or holds a character XML cannot carry.</exception>
    /// <exception cref="MarketoImportToListException">The import failed or was cancelled, or was still running when the time limit passed; see <see cref="MarketoImportToListException.Outcome"/>.</exception>
    /// <exception cref="MarketoSoapException">A status read failed, as <see cref="GetImportToListStatusAsync"/> would.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<GetImportToListStatusResult> WaitForImportToListAsync(GetImportToListStatusRequest request, ImportToListWaitOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Lists program channels with their progression statuses, in one <c>getChannels</c> call. Touches the network.</summary>
    /// <param name="request">The channels to describe; an empty request describes all.</param>
    /// <param name="cancellationToken">Cancels the call, including the HTTP request in flight.</param>
    /// <returns>The channels with their statuses (name, step, success and channel-specific pairs).</returns>
    /// <remarks>Safe to repeat: it only reads.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="MarketoRequestValidationException">Nothing was sent: the list of names is empty, or a name is null, empty or holds a character XML cannot carry.</exception>
    /// <exception cref="MarketoAuthenticationException">Marketo refused the credentials (20013, 20014).</exception>
    /// <exception cref="MarketoQuotaExceededException">The daily quota is used up (20015).</exception>
    /// <exception cref="MarketoTransportException">No usable answer came back (connection, timeout, HTTP error, unreadable answer).</exception>
    /// <exception cref="MarketoSoapException">Marketo answered with any other fault; see <see cref="MarketoSoapException.ErrorCode"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<GetChannelsResult> GetChannelsAsync(GetChannelsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Lists the tag types programs can carry (channels excluded) with their values, in one <c>getTags</c> call. Touches the network.</summary>
    /// <param name="request">The tag types to ask about; an empty request asks for all. Marketo may answer with every type anyway.</param>
    /// <param name="cancellationToken">Cancels the call, including the HTTP request in flight.</param>
    /// <returns>The tag types with their allowed values.</returns>
    /// <remarks>Safe to repeat: it only reads.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="MarketoRequestValidationException">Nothing was sent: the list of filters is empty, a filter is null, its type is missing or empty, or a value is null, empty or holds a character XML cannot carry.</exception>
    /// <exception cref="MarketoAuthenticationException">Marketo refused the credentials (20013, 20014).</exception>
    /// <exception cref="MarketoQuotaExceededException">The daily quota is used up (20015).</exception>
    /// <exception cref="MarketoTransportException">No usable answer came back (connection, timeout, HTTP error, unreadable answer).</exception>
    /// <exception cref="MarketoSoapException">Marketo answered with any other fault; see <see cref="MarketoSoapException.ErrorCode"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<GetTagsResult> GetTagsAsync(GetTagsRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads the records of one custom object that match one key list (for example every record
    /// linked to a lead by <c>MKTOID</c>) with <c>getCustomObjects</c>, one call per page as the
    /// enumeration reaches it. Touches the network only when enumerated.
    /// </summary>
    /// <param name="request">The object's name, the keys to match, the fields to return and the page size.</param>
    /// <param name="cancellationToken">Cancels the enumeration and the call in flight.</param>
    /// <returns>
    /// The records, a page at a time. Enumerate it for every record, or call
    /// <see cref="MarketoAsyncPageable{T}.AsPages(string?)"/> for pages with their
    /// <see cref="MarketoPage{T}.RemainingCount"/> and a continuation token to resume after a page.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="MarketoRequestValidationException">
    /// Thrown by this method, before anything is sent: the object name is missing or empty, there is
    /// no key field, a key field has no name or an empty value, a field name is empty, a text holds
    /// a character XML cannot carry, or the batch size is not between 1 and 100.
    /// </exception>
    /// <exception cref="MarketoAuthenticationException">During enumeration: Marketo refused the credentials (20013, 20014).</exception>
    /// <exception cref="MarketoQuotaExceededException">During enumeration: the daily quota is used up (20015).</exception>
    /// <exception cref="MarketoTransportException">During enumeration: no usable answer came back (connection, timeout, HTTP error, unreadable answer).</exception>
    /// <exception cref="MarketoSoapException">
    /// During enumeration: Marketo answered with any other fault, for example 20110 (no custom
    /// object of that name) or 20122 (a position Marketo does not accept); see
    /// <see cref="MarketoSoapException.ErrorCode"/>.
    /// </exception>
    /// <exception cref="OperationCanceledException">During enumeration: <paramref name="cancellationToken"/> was cancelled.</exception>
    MarketoAsyncPageable<CustomObject> GetCustomObjectsAsync(GetCustomObjectsRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Inserts, updates or upserts up to 100 records of one custom object in one
    /// <c>syncCustomObjects</c> call. Touches the network.
    /// </summary>
    /// <param name="request">The object's name, the operation and the records.</param>
    /// <param name="cancellationToken">Cancels the call, including the HTTP request in flight.</param>
    /// <returns>
    /// One result per record, in request order; a record Marketo could not write (an unknown field
    /// name, for example) is a result with status <see cref="CustomObjectSyncStatus.Failed"/> and its error.
    /// </returns>
    /// <remarks>
    /// An <see cref="CustomObjectSyncOperation.Insert"/> is not repeated after a failure that may
    /// have reached Marketo unless <see cref="MarketoSoapRetryOptions.RetryUnsafeCallsAfterAmbiguousFailures"/>
    /// is set; a <see cref="MarketoTransportException"/> then leaves it unknown whether it was applied.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="MarketoRequestValidationException">
    /// Nothing was sent: the object name is missing or empty, the operation is undefined, there are
    /// no records or more than 100, a record is null or has no key field, a key field has no name
    /// or an empty value, a value field has no name or a null value, a record names one field
    /// twice, two records have the same keys, or a text holds a character XML cannot carry.
    /// </exception>
    /// <exception cref="MarketoAuthenticationException">Marketo refused the credentials (20013, 20014).</exception>
    /// <exception cref="MarketoQuotaExceededException">The daily quota is used up (20015).</exception>
    /// <exception cref="MarketoTransportException">No usable answer came back (connection, timeout, HTTP error, unreadable answer).</exception>
    /// <exception cref="MarketoSoapException">Marketo answered with any other fault, for example 20110 when no custom object has that name (the whole call fails); see <see cref="MarketoSoapException.ErrorCode"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<SyncCustomObjectsResult> SyncCustomObjectsAsync(SyncCustomObjectsRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes up to 100 records of one custom object, named by their keys, in one
    /// <c>deleteCustomObjects</c> call. Touches the network.
    /// </summary>
    /// <param name="request">The object's name and one key per record.</param>
    /// <param name="cancellationToken">Cancels the call, including the HTTP request in flight.</param>
    /// <returns>One result per key, in request order; a record Marketo could not delete is a result with status <see cref="CustomObjectSyncStatus.Failed"/> and its error.</returns>
    /// <remarks>Safe to repeat: deleting a record that is already gone changes nothing.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="MarketoRequestValidationException">
    /// Nothing was sent: the object name is missing or empty, there are no keys or more than 100, a
    /// key is null or has no field, a field has no name or an empty value, two keys are the same,
    /// or a text holds a character XML cannot carry.
    /// </exception>
    /// <exception cref="MarketoAuthenticationException">Marketo refused the credentials (20013, 20014).</exception>
    /// <exception cref="MarketoQuotaExceededException">The daily quota is used up (20015).</exception>
    /// <exception cref="MarketoTransportException">No usable answer came back (connection, timeout, HTTP error, unreadable answer).</exception>
    /// <exception cref="MarketoSoapException">Marketo answered with any other fault, for example 20110 when no custom object has that name; see <see cref="MarketoSoapException.ErrorCode"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<DeleteCustomObjectsResult> DeleteCustomObjectsAsync(DeleteCustomObjectsRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads opportunities, opportunity person roles or programs with <c>getMObjects</c>, 100 a
    /// page, one call per page as the enumeration reaches it. Touches the network only when enumerated.
    /// </summary>
    /// <param name="request">The type, and the key, criteria or associations that choose the objects.</param>
    /// <param name="cancellationToken">Cancels the enumeration and the call in flight.</param>
    /// <returns>
    /// The objects, a page at a time, with their attributes, type attributes (a program's tags,
    /// tokens and costs) and associations. Enumerate it for every object, or call
    /// <see cref="MarketoAsyncPageable{T}.AsPages(string?)"/> for pages whose continuation token
    /// (Marketo's stream position, kept whole however long) resumes the read after that page.
    /// Marketo reports only whether more exist, so <see cref="MarketoPage{T}.RemainingCount"/> is null.
    /// </returns>
    /// <remarks>Safe to repeat: it only reads.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="MarketoRequestValidationException">
    /// Thrown by this method, before anything is sent: the type is not Opportunity,
    /// OpportunityPersonRole or Program; both an id and an external key are given; an id is 0 or
    /// less; a criterion or association is null, has an empty name or value or an undefined
    /// comparison; more than one <c>Tag Type</c> criterion is given; an association has neither id
    /// nor external key; or a text holds a character XML cannot carry.
    /// </exception>
    /// <exception cref="MarketoAuthenticationException">During enumeration: Marketo refused the credentials (20013, 20014).</exception>
    /// <exception cref="MarketoQuotaExceededException">During enumeration: the daily quota is used up (20015).</exception>
    /// <exception cref="MarketoTransportException">During enumeration: no usable answer came back (connection, timeout, HTTP error, unreadable answer, or more objects promised without a position).</exception>
    /// <exception cref="MarketoSoapException">
    /// During enumeration: Marketo answered with any other fault, for example 20110 or 20114 (a
    /// criterion Marketo does not take), 20122 (a position Marketo no longer accepts) or 20123 (read
    /// past the end); see <see cref="MarketoSoapException.ErrorCode"/>.
    /// </exception>
    /// <exception cref="OperationCanceledException">During enumeration: <paramref name="cancellationToken"/> was cancelled.</exception>
    MarketoAsyncPageable<MObjectRecord> GetMObjectsAsync(GetMObjectsRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes up to 100 opportunities and opportunity person roles by id in one
    /// <c>deleteMObjects</c> call. Touches the network.
    /// </summary>
    /// <param name="request">The objects, by type and id.</param>
    /// <param name="cancellationToken">Cancels the call, including the HTTP request in flight.</param>
    /// <returns>One result per object, in request order; an object Marketo could not delete is a result with status <see cref="MObjectSyncStatus.Failed"/> and its error.</returns>
    /// <remarks>
    /// Safe to repeat: ids are never reused, so a repeat deletes nothing more. After a repeat, an
    /// object the lost first attempt deleted may be reported <see cref="MObjectSyncStatus.Unchanged"/>
    /// or <see cref="MObjectSyncStatus.Failed"/> rather than <see cref="MObjectSyncStatus.Deleted"/>.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="MarketoRequestValidationException">
    /// Nothing was sent: there are no objects or more than 100, an object is null, its type is not
    /// Opportunity or OpportunityPersonRole, its id is 0 or less, or two objects are the same.
    /// </exception>
    /// <exception cref="MarketoAuthenticationException">Marketo refused the credentials (20013, 20014).</exception>
    /// <exception cref="MarketoQuotaExceededException">The daily quota is used up (20015).</exception>
    /// <exception cref="MarketoTransportException">No usable answer came back (connection, timeout, HTTP error, unreadable answer, or statuses that cannot be matched to the objects).</exception>
    /// <exception cref="MarketoSoapException">Marketo answered with any other fault; see <see cref="MarketoSoapException.ErrorCode"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<DeleteMObjectsResult> DeleteMObjectsAsync(DeleteMObjectsRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Describes one object's fields (names, data types, sizes, whether they can be written) in one
    /// <c>describeMObject</c> call; for <c>LeadRecord</c>, the lead fields the API can use. Touches the network.
    /// </summary>
    /// <param name="request">The object's name, as <see cref="ListMObjectsAsync"/> lists it.</param>
    /// <param name="cancellationToken">Cancels the call, including the HTTP request in flight.</param>
    /// <returns>The object's metadata and its fields in Marketo's order.</returns>
    /// <remarks>Safe to repeat: it only reads.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="MarketoRequestValidationException">Nothing was sent: the name is missing, empty, or holds a character XML cannot carry.</exception>
    /// <exception cref="MarketoAuthenticationException">Marketo refused the credentials (20013, 20014).</exception>
    /// <exception cref="MarketoQuotaExceededException">The daily quota is used up (20015).</exception>
    /// <exception cref="MarketoTransportException">No usable answer came back (connection, timeout, HTTP error, unreadable answer).</exception>
    /// <exception cref="MarketoSoapException">Marketo answered with any other fault, for example 20110 for a name it cannot describe; see <see cref="MarketoSoapException.ErrorCode"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<MObjectMetadata> DescribeMObjectAsync(DescribeMObjectRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Lists the names of the objects <see cref="DescribeMObjectAsync"/> accepts, in one
    /// <c>listMObjects</c> call. Touches the network.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call, including the HTTP request in flight.</param>
    /// <returns>The names in Marketo's order, for example <c>ActivityRecord</c>, <c>LeadRecord</c>, <c>Opportunity</c>, <c>OpportunityPersonRole</c>.</returns>
    /// <remarks>Safe to repeat: it only reads.</remarks>
    /// <exception cref="MarketoAuthenticationException">Marketo refused the credentials (20013, 20014).</exception>
    /// <exception cref="MarketoQuotaExceededException">The daily quota is used up (20015).</exception>
    /// <exception cref="MarketoTransportException">No usable answer came back (connection, timeout, HTTP error, unreadable answer).</exception>
    /// <exception cref="MarketoSoapException">Marketo answered with a fault; see <see cref="MarketoSoapException.ErrorCode"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<IReadOnlyList<string>> ListMObjectsAsync(CancellationToken cancellationToken = default);
}
