using System.Net;
using System.Text;

namespace Marketo.Soap.Transport;

/// <summary>
/// Answers the warm-up's calls in process, so warming up touches no network and needs no
/// credentials: it reads each request to its end (which makes WCF serialize it, as a socket would)
/// and replies with a one-status success answer of the operation named in the SOAPAction.
/// </summary>
internal sealed class WarmUpTransport : HttpMessageHandler
{
    // One status each, in the shape Marketo answers (nil error for leads, absent error for MObjects),
    // so the readers of both answers run their usual paths.
    private static readonly byte[] SyncMultipleLeadsAnswer = Encoding.UTF8.GetBytes(
        "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:ns1=\"http://www.marketo.com/mktows/\">"
        + "<SOAP-ENV:Body><ns1:successSyncMultipleLeads><result><syncStatusList><syncStatus><leadId>1</leadId><status>CREATED</status><error xsi:nil=\"true\"/></syncStatus>"
        + "</syncStatusList></result></ns1:successSyncMultipleLeads></SOAP-ENV:Body></SOAP-ENV:Envelope>");

    private static readonly byte[] SyncMObjectsAnswer = Encoding.UTF8.GetBytes(
        "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:ns1=\"http://www.marketo.com/mktows/\">"
        + "<SOAP-ENV:Body><ns1:successSyncMObjects><result><mObjStatusList><mObjStatus><id>1</id><externalKey><name>k</name><value>v</value></externalKey><status>CREATED</status></mObjStatus>"
        + "</mObjStatusList></result></ns1:successSyncMObjects></SOAP-ENV:Body></SOAP-ENV:Envelope>");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is { } content)
        {
            await content.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
        }

        var action = request.Headers.TryGetValues("SOAPAction", out var values) ? string.Concat(values) : string.Empty;
        var answer = new ByteArrayContent(action.Contains("syncMObjects", StringComparison.Ordinal) ? SyncMObjectsAnswer : SyncMultipleLeadsAnswer);
        answer.Headers.ContentType = new("text/xml") { CharSet = "utf-8" };
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = answer, RequestMessage = request };
    }
}
