using System.Net;
using System.Net.Http.Headers;

namespace Marketo.Soap.Benchmarks.Workload;

/// <summary>
/// Stands in for the network under the client's WCF stack: reads the request body to its end, as
/// a socket would, and answers with the same pre-built response bytes every time.
/// </summary>
internal sealed class InMemoryMarketo(byte[] response) : HttpMessageHandler
{
    private static readonly MediaTypeHeaderValue SoapContentType = MediaTypeHeaderValue.Parse("text/xml; charset=utf-8");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is { } content)
        {
            await content.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
        }

        var answer = new ByteArrayContent(response);
        answer.Headers.ContentType = SoapContentType;
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = answer, RequestMessage = request };
    }
}
