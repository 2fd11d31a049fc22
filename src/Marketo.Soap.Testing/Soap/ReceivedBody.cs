using System.Xml.Linq;

namespace Marketo.Soap.Testing.Soap;

/// <summary>A request's bytes and, for its first reading only, the envelope already parsed from them.</summary>
/// <remarks>
/// A call whose fault rule applies it and then answers with another fault is read twice; the
/// second reading parses the bytes afresh, so it cannot see a tree the first one changed (lenient
/// mode drops elements) or handed to an operation.
/// </remarks>
internal sealed class ReceivedBody(byte[] bytes, XElement? parsed)
{
    private XElement? _parsed = parsed;

    public byte[] Bytes { get; } = bytes;

    /// <summary>The parsed envelope the first time, <see langword="null"/> after (or when the bytes are not well-formed).</summary>
    public XElement? TakeParsed()
    {
        var envelope = _parsed;
        _parsed = null;
        return envelope;
    }
}
