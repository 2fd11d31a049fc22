using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Marketo.Soap.Generated;

namespace Marketo.Soap.Pipeline;

/// <summary>Builds the signed <c>AuthenticationHeader</c> that every call carries.</summary>
/// <remarks>
/// Marketo checks <c>requestSignature</c> = lowercase hex HMAC-SHA1 over
/// <c>requestTimestamp + mktowsUserId</c>, keyed with the encryption key's text bytes, and rejects
/// stale timestamps (20016). So a header is made just before each send, never cached or reused.
/// </remarks>
internal sealed class AuthenticationHeaderFactory
{
    // A timestamp and a user id are far shorter; longer ones sign through a pooled buffer.
    private const int StackLimit = 256;

    private readonly string _userId;
    private readonly byte[] _key;
    private readonly TimeProvider _timeProvider;

    public AuthenticationHeaderFactory(string userId, string encryptionKey, TimeProvider timeProvider)
    {
        _userId = userId;
        _key = Encoding.UTF8.GetBytes(encryptionKey);
        _timeProvider = timeProvider;
    }

    public AuthenticationHeaderInfo Create()
    {
        var timestamp = FormatTimestamp(TimeZoneInfo.ConvertTime(_timeProvider.GetUtcNow(), _timeProvider.LocalTimeZone));
        return new AuthenticationHeaderInfo
        {
            mktowsUserId = _userId,
            requestTimestamp = timestamp,
            requestSignature = Sign(timestamp),
        };
    }

    /// <summary>W3C date-time to the second with a <c>±hh:mm</c> offset, as Marketo's own samples send it.</summary>
    public static string FormatTimestamp(DateTimeOffset time) =>
        time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public string Sign(string timestamp)
    {
        // The one-shot HashData keeps no state between calls, so concurrent calls need no lock.
        Span<byte> mac = stackalloc byte[HMACSHA1.HashSizeInBytes];

        // timestamp + userId as UTF-8, without the joined string or its byte array: a per-call cost.
        var length = Encoding.UTF8.GetByteCount(timestamp) + Encoding.UTF8.GetByteCount(_userId);
        var rented = length <= StackLimit ? null : ArrayPool<byte>.Shared.Rent(length);
        var message = rented is null ? stackalloc byte[StackLimit] : rented;
        var written = Encoding.UTF8.GetBytes(timestamp, message);
        written += Encoding.UTF8.GetBytes(_userId, message[written..]);
        HMACSHA1.HashData(_key, message[..written], mac);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        return Convert.ToHexStringLower(mac);
    }
}
