using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Marketo.Soap.Redis.Keys;

/// <summary>
/// The Redis keys of one Marketo instance's limits. Marketo's limits belong to the instance, so the
/// key is made from what names it (the endpoint's host and the SOAP user id), hashed so that the
/// user id cannot be read by anyone who can list the keys.
/// </summary>
internal sealed class RedisKeys
{
    private RedisKeys(string prefix, string instance)
    {
        Instance = instance;
        RatePartition = $"{prefix}:{instance}:rate";
        ConcurrencyPartition = $"{prefix}:{instance}:in-flight";
        QuotaPrefix = $"{prefix}:{instance}:quota:";
    }

    /// <summary>The instance's hash: 32 hex digits.</summary>
    public string Instance { get; }

    /// <summary>The partition RedisRateLimiting's sliding window keys its sorted set by.</summary>
    public string RatePartition { get; }

    /// <summary>The partition RedisRateLimiting's concurrency limiter keys its sorted set by.</summary>
    public string ConcurrencyPartition { get; }

    private string QuotaPrefix { get; }

    public static RedisKeys For(string prefix, Uri endpoint, string userId)
    {
        // The host alone names the instance (123-ABC-456.mktoapi.com); scheme, port and path do not.
        var identity = endpoint.IdnHost.ToLowerInvariant() + "\n" + userId;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(identity));
        return new RedisKeys(prefix, Convert.ToHexStringLower(hash.AsSpan(0, 16)));
    }

    /// <summary>The counter of the quota day that ends at <paramref name="resetsAt"/>.</summary>
    public string QuotaDay(DateTimeOffset resetsAt) =>
        QuotaPrefix + resetsAt.UtcDateTime.ToString("yyyyMMdd'T'HHmm'Z'", CultureInfo.InvariantCulture);
}
