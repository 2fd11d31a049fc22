using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Marketo.Soap.Testing.Soap;

namespace Marketo.Soap.Testing.Security;

/// <summary>Checks a call's <c>AuthenticationHeader</c>: who, the signature, then the timestamp's age.</summary>
/// <remarks>
/// The signature is the lowercase hex HMAC-SHA1 of <c>requestTimestamp + mktowsUserId</c>, keyed
/// with the encryption key's UTF-8 bytes (contract facts §5.4). Only these three elements matter;
/// the header element has already passed the schema check.
/// </remarks>
internal sealed class Authenticator
{
    private readonly string _userId;
    private readonly byte[] _key;
    private readonly TimeProvider _clock;
    private long _toleranceTicks;

    public Authenticator(string userId, string encryptionKey, TimeProvider clock, TimeSpan tolerance)
    {
        _userId = userId;
        _key = Encoding.UTF8.GetBytes(encryptionKey);
        _clock = clock;
        _toleranceTicks = tolerance.Ticks;
    }

    /// <summary>How far a request's timestamp may lie from the clock; changeable while the emulator runs.</summary>
    public TimeSpan Tolerance
    {
        get => TimeSpan.FromTicks(Volatile.Read(ref _toleranceTicks));
        set => Volatile.Write(ref _toleranceTicks, value.Ticks);
    }

    /// <summary>Computes the signature Marketo expects for a timestamp and user id.</summary>
    public static string Sign(string timestamp, string userId, byte[] key) =>
        Convert.ToHexStringLower(HMACSHA1.HashData(key, Encoding.UTF8.GetBytes(timestamp + userId)));

    /// <exception cref="SoapFault">20014 for a missing header, an unknown user or a wrong signature; 20016 for a timestamp that is unreadable or outside the window.</exception>
    public void Verify(XElement? header)
    {
        if (header is null)
        {
            throw SoapFault.Marketo(20014, "Authentication failed: the request has no AuthenticationHeader");
        }

        var userId = (string?)header.Element("mktowsUserId") ?? string.Empty;
        var signature = (string?)header.Element("requestSignature") ?? string.Empty;
        var timestamp = (string?)header.Element("requestTimestamp") ?? string.Empty;

        // The same answer for an unknown user and a wrong signature, so neither can be probed alone.
        // The comparison is exact: Marketo's recipe is lowercase hex; whether it accepts upper case is unknown.
        if (!FixedTimeEquals(userId, _userId) || !FixedTimeEquals(signature, Sign(timestamp, _userId, _key)))
        {
            throw SoapFault.Marketo(20014, "Authentication failed: unknown user id or wrong signature");
        }

        if (!RequestTimestamp.TryParse(timestamp, out var signedAt))
        {
            throw SoapFault.Marketo(20016, $"Request expired: requestTimestamp '{timestamp}' is not a date-time");
        }

        var skew = _clock.GetUtcNow() - signedAt;
        var tolerance = Tolerance;
        if (skew.Duration() > tolerance)
        {
            throw SoapFault.Marketo(20016, string.Create(
                CultureInfo.InvariantCulture,
                $"Request expired: requestTimestamp '{timestamp}' is {Math.Abs(skew.TotalSeconds):0} seconds {(skew > TimeSpan.Zero ? "old" : "in the future")}; at most {tolerance.TotalSeconds:0} are allowed"));
        }
    }

    private static bool FixedTimeEquals(string left, string right) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(left), Encoding.UTF8.GetBytes(right));
}
