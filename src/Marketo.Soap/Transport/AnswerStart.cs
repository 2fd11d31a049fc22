using System.Buffers;

namespace Marketo.Soap.Transport;

/// <summary>Keeps the first <see cref="Capacity"/> bytes of an answer's body as they are read, for the raw exchange of a failed call.</summary>
/// <remarks>
/// The bytes live in a pooled buffer, rented at the first byte and given back by <see cref="Release"/>
/// when the attempt ends: every call reads an answer, so a buffer of its own was 2 KB of every call.
/// A read that outlives its attempt (abandoned by a timeout) may still append; the lock makes such a
/// late append a no-op rather than a write into a buffer the pool has handed to someone else.
/// </remarks>
internal sealed class AnswerStart
{
    /// <summary>2 KB: the status line's story, a fault's code and text, or the top of an error page.</summary>
    public const int Capacity = 2048;

    private readonly Lock _gate = new();
    private byte[]? _bytes;
    private int _count;
    private bool _released;

    /// <summary>The bytes kept so far; read them before <see cref="Release"/>.</summary>
    public ReadOnlySpan<byte> Bytes
    {
        get
        {
            lock (_gate)
            {
                return _bytes is null ? default : _bytes.AsSpan(0, _count);
            }
        }
    }

    public void Append(ReadOnlySpan<byte> read)
    {
        lock (_gate)
        {
            var room = Capacity - _count;
            if (_released || room <= 0 || read.IsEmpty)
            {
                return;
            }

            _bytes ??= ArrayPool<byte>.Shared.Rent(Capacity);
            var taken = Math.Min(room, read.Length);
            read[..taken].CopyTo(_bytes.AsSpan(_count));
            _count += taken;
        }
    }

    /// <summary>Gives the buffer back; the bytes are gone and later appends keep nothing.</summary>
    public void Release()
    {
        lock (_gate)
        {
            _released = true;
            if (_bytes is { } bytes)
            {
                _bytes = null;
                _count = 0;
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }
    }
}
