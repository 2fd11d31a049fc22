using System.Threading.RateLimiting;

namespace Marketo.Soap.Tests.TestSupport;

/// <summary>A rate limiter that grants every request and counts the permits taken.</summary>
internal sealed class CountingRateLimiter : RateLimiter
{
    private int _acquired;

    public int PermitsTaken => Volatile.Read(ref _acquired);

    public override TimeSpan? IdleDuration => null;

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => Grant(permitCount);

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) => ValueTask.FromResult(Grant(permitCount));

    private RateLimitLease Grant(int permitCount)
    {
        Interlocked.Add(ref _acquired, permitCount);
        return new Granted();
    }

    private sealed class Granted : RateLimitLease
    {
        public override bool IsAcquired => true;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
