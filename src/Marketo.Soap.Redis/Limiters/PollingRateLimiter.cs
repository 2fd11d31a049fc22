using System.Threading.RateLimiting;

namespace Marketo.Soap.Redis.Limiters;

/// <summary>
/// Makes a Redis limiter wait for a permit: RedisRateLimiting's sliding-window and concurrency
/// limiters answer at once, and a call to Marketo should wait its turn rather than fail.
/// </summary>
/// <remarks>
/// Waiters ask Redis again every poll interval, spread by a random half interval either way so that
/// the processes of a fleet do not ask in step. There is no order among waiters across processes.
/// </remarks>
internal sealed class PollingRateLimiter(RateLimiter inner, TimeSpan interval, TimeProvider clock) : RateLimiter
{
    public override TimeSpan? IdleDuration => inner.IdleDuration;

    // RedisRateLimiting's limiters throw here; the client never asks.
    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => inner.AttemptAcquire(permitCount);

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var lease = await inner.AcquireAsync(permitCount, cancellationToken).ConfigureAwait(false);
            if (lease.IsAcquired)
            {
                return new QuietLease(lease);
            }

            new QuietLease(lease).Dispose();
            var wait = interval * (0.5 + Random.Shared.NextDouble());
            await Task.Delay(wait, clock, cancellationToken).ConfigureAwait(false);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
