namespace Marketo.Soap.Transport;

/// <summary>
/// What one call's HTTP exchange needs to share with <see cref="HttpExchangeHandler"/>, which WCF
/// creates once per channel factory and shares among all calls.
/// </summary>
/// <remarks>
/// WCF's task-based operations take no cancellation token and hide the HTTP status behind its own
/// exceptions. The client opens an exchange around each call; the handler, running in the same
/// async flow, reads the caller's token from it and writes back what the server answered, so
/// cancellation reaches the socket and failures can be told apart by status.
/// </remarks>
internal sealed class HttpExchange : IDisposable
{
    private static readonly AsyncLocal<HttpExchange?> CurrentExchange = new();
    private readonly HttpExchange? _outer;

    private HttpExchange(CancellationToken cancellationToken)
    {
        CancellationToken = cancellationToken;
        _outer = CurrentExchange.Value;
        CurrentExchange.Value = this;
    }

    /// <summary>The exchange of the call running in this async flow, if any.</summary>
    public static HttpExchange? Current => CurrentExchange.Value;

    public CancellationToken CancellationToken { get; }

    /// <summary>The answer's HTTP status, or null when no answer arrived.</summary>
    public int? StatusCode { get; set; }

    /// <summary>The answer's media type, for example <c>text/xml</c> or <c>text/html</c>.</summary>
    public string? MediaType { get; set; }

    /// <summary>The answer's whole <c>Content-Type</c> header, for example <c>text/xml; charset=UTF-8</c>.</summary>
    /// <remarks>Made into text only when asked for (by a failure): a string per call otherwise.</remarks>
    public string? ContentType => ContentTypeHeader?.ToString();

    /// <summary>The answer's <c>Content-Type</c> header as parsed.</summary>
    public System.Net.Http.Headers.MediaTypeHeaderValue? ContentTypeHeader { get; set; }

    /// <summary>Where a redirect answer pointed, resolved against the request's address; null for any other answer.</summary>
    public Uri? RedirectLocation { get; set; }

    /// <summary>The first bytes of the answer's body, as far as anything read it.</summary>
    public AnswerStart AnswerStart { get; } = new();

    public static HttpExchange Begin(CancellationToken cancellationToken) => new(cancellationToken);

    public void Dispose()
    {
        CurrentExchange.Value = _outer;
        AnswerStart.Release();
    }
}
