namespace Marketo.Soap.Transport;

/// <summary>Keeps the first <see cref="Capacity"/> bytes of an answer's body as they are read, for the raw exchange of a failed call.</summary>
internal sealed class AnswerStart
{
    /// <summary>2 KB: the status line's story, a fault's code and text, or the top of an error page.</summary>
    public const int Capacity = 2048;

    private readonly byte[] _bytes = new byte[Capacity];
    private int _count;

    public ReadOnlySpan<byte> Bytes => _bytes.AsSpan(0, Volatile.Read(ref _count));

    public void Append(ReadOnlySpan<byte> read)
    {
        var room = Capacity - _count;
        if (room <= 0 || read.IsEmpty)
        {
            return;
        }

        var taken = Math.Min(room, read.Length);
        read[..taken].CopyTo(_bytes.AsSpan(_count));
        Volatile.Write(ref _count, _count + taken);
    }
}
