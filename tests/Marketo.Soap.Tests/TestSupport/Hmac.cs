using System.Security.Cryptography;
using System.Text;

namespace Marketo.Soap.Tests.TestSupport;

/// <summary>Marketo's signature recipe, computed independently of the library: lowercase hex HMAC-SHA1 of timestamp + user id, keyed with the key's text.</summary>
internal static class Hmac
{
    public static string Signature(string timestamp, string userId, string encryptionKey)
    {
        using var hmac = new HMACSHA1(Encoding.UTF8.GetBytes(encryptionKey));
        return Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(timestamp + userId))).ToLowerInvariant();
    }
}
