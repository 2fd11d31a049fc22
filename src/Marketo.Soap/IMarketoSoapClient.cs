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
}
