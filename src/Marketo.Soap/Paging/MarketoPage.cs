namespace Marketo.Soap;

/// <summary>One page of a paged read, with the token that continues after it.</summary>
/// <typeparam name="T">The records the read returns.</typeparam>
public sealed class MarketoPage<T>
{
    internal MarketoPage(IReadOnlyList<T> values, string? continuationToken, int? remainingCount)
    {
        Values = values;
        ContinuationToken = continuationToken;
        RemainingCount = remainingCount;
    }

    /// <summary>The records of this page, in the order Marketo returned them.</summary>
    public IReadOnlyList<T> Values { get; }

    /// <summary>
    /// Continues the read after this page when passed to <see cref="MarketoAsyncPageable{T}.AsPages(string?)"/>,
    /// even from another process or days later while Marketo keeps the position;
    /// <see langword="null"/> on the last page. Opaque: store it as it is, never edit it.
    /// </summary>
    public string? ContinuationToken { get; }

    /// <summary>
    /// How many records Marketo says remain after this page, where the operation reports it
    /// (some operations report only whether more exist); <see langword="null"/> where it does not.
    /// </summary>
    public int? RemainingCount { get; }
}
