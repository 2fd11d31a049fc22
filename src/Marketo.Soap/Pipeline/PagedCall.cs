using System.Runtime.CompilerServices;

namespace Marketo.Soap.Pipeline;

/// <summary>
/// The one paging loop every paged operation shares: it asks for a page with the last token, hands
/// it out, and stops when a page carries no token.
/// </summary>
/// <typeparam name="T">The records the read returns.</typeparam>
internal sealed class PagedCall<T> : MarketoAsyncPageable<T>
{
    private readonly Func<string?, CancellationToken, Task<MarketoPage<T>>> _fetchPage;
    private readonly CancellationToken _cancellationToken;

    /// <param name="fetchPage">Fetches the page after a token (null for the first page) through the call pipeline.</param>
    /// <param name="cancellationToken">The token the caller gave the client method; combined with any given to the enumeration.</param>
    public PagedCall(Func<string?, CancellationToken, Task<MarketoPage<T>>> fetchPage, CancellationToken cancellationToken)
    {
        _fetchPage = fetchPage;
        _cancellationToken = cancellationToken;
    }

    public override IAsyncEnumerable<MarketoPage<T>> AsPages(string? continuationToken = null) => PagesAsync(continuationToken, default);

    private async IAsyncEnumerable<MarketoPage<T>> PagesAsync(string? continuationToken, [EnumeratorCancellation] CancellationToken enumerationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(_cancellationToken, enumerationToken);
        var token = continuationToken;
        do
        {
            var page = await _fetchPage(token, linked.Token).ConfigureAwait(false);
            yield return page;
            token = page.ContinuationToken;
        }
        while (token is not null);
    }
}
