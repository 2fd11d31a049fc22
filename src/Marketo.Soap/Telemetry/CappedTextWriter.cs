using System.Globalization;
using System.Text;

namespace Marketo.Soap.Telemetry;

/// <summary>
/// A <see cref="StringWriter"/> that refuses to grow past a limit: the write that would cross it
/// keeps what fits and throws <see cref="LimitReachedException"/>, so a renderer stops reading as
/// soon as its output is full instead of rendering the rest to throw it away.
/// </summary>
internal sealed class CappedTextWriter(int limit) : StringWriter(new StringBuilder(Math.Min(limit, 4096)), CultureInfo.InvariantCulture)
{
    public int Limit { get; } = limit;

    public override void Write(char value) => Write([value]);

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(ReadOnlySpan<char> buffer)
    {
        // Straight to the builder: StringWriter's span overload calls back into Write(char[]) for a subclass.
        var output = GetStringBuilder();
        var room = Limit - output.Length;
        if (buffer.Length <= room)
        {
            output.Append(buffer);
            return;
        }

        output.Append(buffer[..Math.Max(room, 0)]);
        throw new LimitReachedException();
    }

    /// <summary>The output reached <see cref="Limit"/>.</summary>
    internal sealed class LimitReachedException : Exception
    {
    }
}
