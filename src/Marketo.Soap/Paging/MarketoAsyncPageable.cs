namespace Marketo.Soap;

/// <summary>
/// A read that Marketo answers a page at a time: enumerate it for every record, or call
/// <see cref="AsPages(string?)"/> for the pages and their continuation tokens. Each page is one
/// call, made only when the enumeration asks for it. Touches the network.
/// </summary>
/// <typeparam name="T">The records the read returns.</typeparam>
/// <remarks>
/// To stop and continue later, keep the <see cref="MarketoPage{T}.ContinuationToken"/> of the last
/// page you handled and pass it to <see cref="AsPages(string?)"/>.
/// </remarks>
public abstract class MarketoAsyncPageable<T> : IAsyncEnumerable<T>
{
    /// <summary>For derived classes and mocks.</summary>
    protected MarketoAsyncPageable()
    {
    }

    /// <summary>The pages of the read, from the start or from a saved continuation token.</summary>
    /// <param name="continuationToken">A <see cref="MarketoPage{T}.ContinuationToken"/> to continue after; null starts at the beginning.</param>
    /// <returns>The pages, each fetched by one call when the enumeration reaches it.</returns>
    public abstract IAsyncEnumerable<MarketoPage<T>> AsPages(string? continuationToken = null);

    /// <summary>Every record of every page, fetching pages as the enumeration goes.</summary>
    /// <param name="cancellationToken">Cancels the enumeration and the call in flight.</param>
    /// <returns>An enumerator over the records.</returns>
    public virtual async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        await foreach (var page in AsPages().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var value in page.Values)
            {
                yield return value;
            }
        }
    }
}
