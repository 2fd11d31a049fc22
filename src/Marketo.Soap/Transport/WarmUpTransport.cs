using System.Collections.Concurrent;
using System.Net;

namespace Marketo.Soap.Transport;

/// <summary>
/// Answers the warm-up's calls in process, so warming up touches no network and needs no
/// credentials: it reads each request to its end (which makes WCF serialize it, as a socket would)
/// and replies with the success answer of the operation named in the SOAPAction
/// (<see cref="WarmUpAnswers"/>).
/// </summary>
internal sealed class WarmUpTransport : HttpMessageHandler
{
    private readonly ConcurrentQueue<string> _answered = new();

    /// <summary>The operations answered, in the order their calls came.</summary>
    public IReadOnlyCollection<string> Answered => _answered;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is { } content)
        {
            await content.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
        }

        var action = request.Headers.TryGetValues("SOAPAction", out var values) ? string.Concat(values).Trim('"') : string.Empty;
        var operation = action[(action.LastIndexOf('/') + 1)..];

        // An operation without an answer here fails the warm-up, so a new operation cannot be left cold unnoticed.
        var body = WarmUpAnswers.ByOperation.GetValueOrDefault(operation)
            ?? throw new InvalidOperationException($"The warm-up has no answer for '{operation}'.");
        _answered.Enqueue(operation);
        var answer = new ByteArrayContent(body);
        answer.Headers.ContentType = new("text/xml") { CharSet = "utf-8" };
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = answer, RequestMessage = request };
    }
}
