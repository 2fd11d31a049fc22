namespace Marketo.Soap.Transport;

/// <summary>
/// Sits between WCF and the HTTP stack: links the caller's cancellation token to the request and
/// records the answer's status and media type on the current <see cref="HttpExchange"/>.
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
            return Record(exchange, await base.SendAsync(request, cancellationToken).ConfigureAwait(false));
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, exchange.CancellationToken);
        return Record(exchange, await base.SendAsync(request, linked.Token).ConfigureAwait(false));
    }

    private static HttpResponseMessage Record(HttpExchange? exchange, HttpResponseMessage response)
    {
        if (exchange is not null)
        {
            exchange.StatusCode = (int)response.StatusCode;
            exchange.MediaType = response.Content.Headers.ContentType?.MediaType;
        }

        return response;
    }
}
