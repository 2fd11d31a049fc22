namespace Marketo.Soap.Transport;

/// <summary>
/// Sits between WCF and the HTTP stack: links the caller's cancellation token to the request and
/// records on the current <see cref="HttpExchange"/> the answer's status, content type, redirect
/// target and first bytes.
/// </summary>
internal sealed class HttpExchangeHandler : DelegatingHandler
{
    public HttpExchangeHandler(HttpMessageHandler innerHandler)
        : base(innerHandler)
    {
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var exchange = HttpExchange.Current;
        if (exchange is null || !exchange.CancellationToken.CanBeCanceled)
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            await RecordAsync(exchange, request, response, cancellationToken).ConfigureAwait(false);
            return response;
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, exchange.CancellationToken);
        var linkedResponse = await base.SendAsync(request, linked.Token).ConfigureAwait(false);
        await RecordAsync(exchange, request, linkedResponse, linked.Token).ConfigureAwait(false);
        return linkedResponse;
    }

    /// <summary>Records the answer on the exchange and wraps its content; completes at once (no task) unless the answer must be peeked.</summary>
    private static ValueTask RecordAsync(HttpExchange? exchange, HttpRequestMessage request, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (exchange is null)
        {
            return default;
        }

        exchange.StatusCode = (int)response.StatusCode;
        exchange.MediaType = response.Content.Headers.ContentType?.MediaType;
        exchange.ContentTypeHeader = response.Content.Headers.ContentType;
        if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } location)
        {
            exchange.RedirectLocation = location.IsAbsoluteUri || request.RequestUri is null ? location : new Uri(request.RequestUri, location);
        }

        var content = new AnswerStartContent(response.Content, exchange.AnswerStart);
        response.Content = content;
        if (!response.IsSuccessStatusCode && exchange.MediaType != "text/xml")
        {
            // WCF refuses such an answer by its status and content type, often without reading it.
            return new(content.PeekAsync(cancellationToken));
        }

        return default;
    }
}
