using System.Threading.RateLimiting;
using StackExchange.Redis;

namespace Marketo.Soap.Redis.Limiters;

/// <summary>
/// A Redis lease whose release never throws: the concurrency limiter gives its permit back with a
/// Redis command, and a Redis outage at the end of a call must not turn Marketo's answer into an
/// error. A permit that could not be given back expires on its own.
/// </summary>
internal sealed class QuietLease(RateLimitLease inner) : RateLimitLease
{
    public override bool IsAcquired => inner.IsAcquired;

    public override IEnumerable<string> MetadataNames => inner.MetadataNames;

    public override bool TryGetMetadata(string metadataName, out object? metadata) => inner.TryGetMetadata(metadataName, out metadata);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            try
            {
                inner.Dispose();
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                // Expires with the library's permit lifetime instead.
            }
        }

        base.Dispose(disposing);
    }
}
