using System.Net;

namespace Marketo.Soap.Transport;

/// <summary>An answer's content as WCF reads it, with its first bytes kept on the call's <see cref="HttpExchange"/>.</summary>
internal sealed class AnswerStartContent : HttpContent
{
    private readonly HttpContent _inner;
    private readonly AnswerStart _start;
    private Stream? _peekedStream;
    private ReadOnlyMemory<byte> _peeked;

    public AnswerStartContent(HttpContent inner, AnswerStart start)
    {
        _inner = inner;
        _start = start;
        foreach (var header in inner.Headers)
        {
            Headers.TryAddWithoutValidation(header.Key, header.Value);
        }
    }

    /// <summary>
    /// Reads the first bytes now, for an answer WCF may refuse without reading its body (an HTML
    /// error page): they are kept, and served again to whoever reads the content.
    /// </summary>
    public async Task PeekAsync(CancellationToken cancellationToken)
    {
        var stream = await _inner.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var buffer = new byte[AnswerStart.Capacity];
        var filled = 0;
        try
        {
            int read;
            while (filled < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false)) > 0)
            {
                filled += read;
            }
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            // Keep what arrived; WCF meets the same failure when it reads on, and reports it.
        }

        _start.Append(buffer.AsSpan(0, filled));
        _peeked = buffer.AsMemory(0, filled);
        _peekedStream = stream;
    }

    protected override async Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken)
    {
        if (_peekedStream is { } stream)
        {
            _peekedStream = null;
            // The peek kept the first bytes, as many as are kept: the rest needs no copy.
            return new AnswerStartStream(stream, null, _peeked);
        }

        return new AnswerStartStream(await _inner.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), _start);
    }

    protected override Task<Stream> CreateContentReadStreamAsync() => CreateContentReadStreamAsync(CancellationToken.None);

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        using var source = await CreateContentReadStreamAsync(cancellationToken).ConfigureAwait(false);
        await source.CopyToAsync(stream, cancellationToken).ConfigureAwait(false);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _inner.Headers.ContentLength ?? -1;
        return length >= 0;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
