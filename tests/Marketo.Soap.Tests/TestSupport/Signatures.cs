using System.Security.Cryptography;
using System.Text;

namespace Marketo.Soap.Tests.TestSupport;

/// <summary>Computes a request signature independently of the library, from the documented recipe.</summary>
internal static class Signatures
{
    public static string Expected(string timestamp, string userId = SeedCredentials.UserId, string key = SeedCredentials.EncryptionKey) =>
        Convert.ToHexStringLower(HMACSHA1.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(timestamp + userId)));
}
