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
            return await RecordAsync(exchange, request, await base.SendAsync(request, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, exchange.CancellationToken);
        return await RecordAsync(exchange, request, await base.SendAsync(request, linked.Token).ConfigureAwait(false), linked.Token).ConfigureAwait(false);
    }

    private static async Task<HttpResponseMessage> RecordAsync(HttpExchange? exchange, HttpRequestMessage request, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (exchange is null)
        {
            return response;
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
            await content.PeekAsync(cancellationToken).ConfigureAwait(false);
        }

        return response;
    }
}
