using System.Threading.RateLimiting;

namespace Marketo.Soap.Tests.TestSupport;

/// <summary>A rate limiter that grants every request (or, when told to, refuses every one), counts the permits taken and notes its disposal.</summary>
internal sealed class CountingRateLimiter : RateLimiter
{
    private int _acquired;
    private int _disposals;

    public int PermitsTaken => Volatile.Read(ref _acquired);

    /// <summary>Refuse every permit, as a limiter whose queue is full does.</summary>
    public bool Refuse { get; set; }

    public bool IsDisposed => Volatile.Read(ref _disposals) > 0;

    public override TimeSpan? IdleDuration => null;

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => Grant(permitCount);

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) => ValueTask.FromResult(Grant(permitCount));

    protected override void Dispose(bool disposing)
    {
        Interlocked.Increment(ref _disposals);
        base.Dispose(disposing);
    }

    private RateLimitLease Grant(int permitCount)
    {
        if (Refuse)
        {
            return new Lease(acquired: false);
        }

        Interlocked.Add(ref _acquired, permitCount);
        return new Lease(acquired: true);
    }

    private sealed class Lease(bool acquired) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
