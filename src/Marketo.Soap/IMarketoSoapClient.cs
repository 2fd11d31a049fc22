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
}
