using System.Threading.RateLimiting;

namespace Marketo.Soap.Benchmarks.Workload;

/// <summary>A rate limiter that grants every permit at once with one shared lease, so it costs next to nothing.</summary>
internal sealed class UnlimitedRateLimiter : RateLimiter
{
    public static readonly UnlimitedRateLimiter Instance = new();

    private static readonly ValueTask<RateLimitLease> Granted = ValueTask.FromResult<RateLimitLease>(GrantedLease.Instance);

    public override TimeSpan? IdleDuration => null;

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => GrantedLease.Instance;

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) => Granted;

    private sealed class GrantedLease : RateLimitLease
    {
        public static readonly GrantedLease Instance = new();

        public override bool IsAcquired => true;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }

        // Shared by every caller, so disposing one use must not end it for the others.
        protected override void Dispose(bool disposing)
        {
        }
    }
}
