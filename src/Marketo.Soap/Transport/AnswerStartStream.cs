namespace Marketo.Soap.Transport;

/// <summary>Reads an answer's body through to WCF while copying its first bytes into an <see cref="AnswerStart"/>.</summary>
/// <param name="inner">The body as the HTTP stack delivers it.</param>
/// <param name="start">Where the first bytes are kept; null when they were kept already (read ahead).</param>
/// <param name="peeked">Bytes already read from <paramref name="inner"/> (and kept) before WCF asked, served first.</param>
internal sealed class AnswerStartStream(Stream inner, AnswerStart? start, ReadOnlyMemory<byte> peeked = default) : Stream
{
    private ReadOnlyMemory<byte> _peeked = peeked;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (TakePeeked(buffer) is > 0 and var served)
        {
            return served;
        }

        var read = inner.Read(buffer);
        start?.Append(buffer[..read]);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (TakePeeked(buffer.Span) is > 0 and var served)
        {
            return served;
        }

        var read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        start?.Append(buffer.Span[..read]);
        return read;
    }

    public override void Flush()
    {
    }

    private int TakePeeked(Span<byte> buffer)
    {
        var served = Math.Min(buffer.Length, _peeked.Length);
        _peeked.Span[..served].CopyTo(buffer);
        _peeked = _peeked[served..];
        return served;
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
