using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Marketo.Soap.Testing.Soap;

namespace Marketo.Soap.Testing.Operations;

/// <summary>getMultipleLeads' string position: where the next page starts, and which request and store it belongs to.</summary>
/// <remarks>
/// Laid out like Marketo's readable positions (operations facts §3.2): <c>id</c> the last lead
/// returned, <c>to</c>/<c>tl</c> the updated-at window in epoch seconds, <c>os</c> the leads
/// returned so far, <c>rc</c> those remaining. The emulator adds <c>sl</c>, a digest of the
/// selector, and <c>gn</c>, the store's generation, so that a position from another request or
/// from before the store was reset is refused with 20122 (the emulator's choice: Marketo documents
/// only that an edited position gives undefined results). Clients treat it as opaque.
/// </remarks>
internal sealed record LeadStreamPosition(int LastId, long WindowStart, long WindowEnd, int Offset, int Remaining, string Selection, int Generation)
{
    public static string Digest(string fingerprint) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fingerprint)))[..12];

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"id:{LastId}:to:{WindowStart}:tl:{WindowEnd}:os:{Offset}:rc:{Remaining}:sl:{Selection}:gn:{Generation}");

    /// <summary>Reads a position this emulator handed out.</summary>
    /// <exception cref="SoapFault">20122 when the text is not such a position.</exception>
    public static LeadStreamPosition Parse(string text)
    {
        var parts = text.Trim().Split(':');
        if (parts.Length != 14 || parts[0] != "id" || parts[2] != "to" || parts[4] != "tl" || parts[6] != "os" || parts[8] != "rc" || parts[10] != "sl" || parts[12] != "gn"
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var lastId)
            || !long.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || !long.TryParse(parts[5], NumberStyles.None, CultureInfo.InvariantCulture, out var end)
            || !int.TryParse(parts[7], NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
            || !int.TryParse(parts[9], NumberStyles.None, CultureInfo.InvariantCulture, out var remaining)
            || !int.TryParse(parts[13], NumberStyles.None, CultureInfo.InvariantCulture, out var generation))
        {
            throw Bad("it is not a position this server handed out");
        }

        return new LeadStreamPosition(lastId, start, end, offset, remaining, parts[11], generation);
    }

    public static SoapFault Bad(string why) => SoapFault.Marketo(20122, "Bad stream position: " + why);
}
