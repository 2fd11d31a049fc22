using System.Net;
using System.Net.Http.Headers;

namespace Marketo.Soap.Benchmarks.Verification;

/// <summary>Keeps the body of the last request the client sent and answers it with fixed bytes.</summary>
internal sealed class CapturingMarketo(byte[] response) : HttpMessageHandler
{
    public byte[] LastRequest { get; private set; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        LastRequest = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var answer = new ByteArrayContent(response);
        answer.Headers.ContentType = MediaTypeHeaderValue.Parse("text/xml; charset=utf-8");
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = answer, RequestMessage = request };
    }
}
