using System.Text.Json;
using Marketo.Soap.Testing.Soap;

namespace Marketo.Soap.Testing.Operations;

/// <summary>getCustomObjects' string position, in the shape Marketo's answers show: <c>{"ky":["1090177"],"os":6}</c>.</summary>
/// <remarks>
/// Read as the key values asked for (<c>ky</c>) and the count of records returned so far
/// (<c>os</c>), our decoding of the recorded positions (operations facts §7.1). Unlike the
/// emulator's getMultipleLeads position it carries nothing more, so that its answers match the
/// recorded ones; a position read with other key values is refused with 20122.
/// </remarks>
internal sealed record CustomObjectStreamPosition(IReadOnlyList<string> KeyValues, int Offset)
{
    public override string ToString() => JsonSerializer.Serialize(new Wire(KeyValues, Offset));

    /// <exception cref="SoapFault">20122 when the text is not such a position.</exception>
    public static CustomObjectStreamPosition Parse(string text)
    {
        try
        {
            var wire = JsonSerializer.Deserialize<Wire>(text);
            return wire is { ky: not null, os: >= 0 } ? new(wire.ky, wire.os) : throw Bad("it is not a position this server handed out");
        }
        catch (JsonException)
        {
            throw Bad("it is not a position this server handed out");
        }
    }

    public static SoapFault Bad(string why) => SoapFault.Marketo(20122, "Bad stream position: " + why);

#pragma warning disable SA1300, IDE1006 // the wire's own property names
    private sealed record Wire(IReadOnlyList<string> ky, int os);
#pragma warning restore SA1300, IDE1006
}
