using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Marketo.Soap.Testing.Soap;

namespace Marketo.Soap.Testing.Operations;

/// <summary>getMObjects' string position: where the next page starts, and which request and store it belongs to.</summary>
/// <remarks>
/// Marketo's getMObjects positions are base64-like text of about 5.9 KB (operations facts §2.4,
/// §6.1). The emulator's are base64 too and just as long: a short header (type, last id returned,
/// a digest of the selection, the store's generation) followed by filler derived from it, so a
/// client that cuts, trims or re-encodes a position is caught here as it would be by Marketo: a
/// position that does not decode to exactly what was handed out is refused with 20122. Tying a
/// position to its selection and to the store's generation is the emulator's choice (Marketo only
/// says that edited positions give undefined results).
/// </remarks>
internal sealed record MObjectStreamPosition(string Type, int LastId, string Selection, int Generation)
{
    /// <summary>How many bytes a position holds before base64: 4,400 bytes are 5,868 characters, the size of Marketo's documented sample.</summary>
    private const int Length = 4400;

    public static string Digest(string fingerprint) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fingerprint)))[..16];

    public override string ToString()
    {
        var header = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"mo:{Type}:{LastId}:{Selection}:{Generation}\n"));
        return Convert.ToBase64String(WithFiller(header));
    }

    /// <summary>Reads a position this emulator handed out.</summary>
    /// <exception cref="SoapFault">20122 when the text is not such a position, whole.</exception>
    public static MObjectStreamPosition Parse(string text)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(text.Trim());
        }
        catch (FormatException)
        {
            throw Bad("it is not a position this server handed out");
        }

        var end = Array.IndexOf(bytes, (byte)'\n');
        var parts = end < 0 ? [] : Encoding.UTF8.GetString(bytes, 0, end).Split(':');
        if (parts.Length != 5 || parts[0] != "mo"
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var lastId)
            || !int.TryParse(parts[4], NumberStyles.None, CultureInfo.InvariantCulture, out var generation))
        {
            throw Bad("it is not a position this server handed out");
        }

        if (!bytes.AsSpan().SequenceEqual(WithFiller(bytes[..(end + 1)])))
        {
            throw Bad("it is not whole; send back the newStreamPosition exactly as it was received");
        }

        return new MObjectStreamPosition(parts[1], lastId, parts[3], generation);
    }

    public static SoapFault Bad(string why) => SoapFault.Marketo(20122, "Bad stream position: " + why);

    private static byte[] WithFiller(byte[] header)
    {
        var bytes = new byte[Math.Max(Length, header.Length)];
        header.CopyTo(bytes, 0);
        var block = SHA256.HashData(header);
        for (var at = header.Length; at < bytes.Length; at += block.Length)
        {
            block.AsSpan(0, Math.Min(block.Length, bytes.Length - at)).CopyTo(bytes.AsSpan(at));
            block = SHA256.HashData(block);
        }

        return bytes;
    }
}
