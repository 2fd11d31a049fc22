using System.Threading.RateLimiting;
using Marketo.Soap.Configuration;

namespace Marketo.Soap.Pipeline;

/// <summary>
/// Holds every attempt of one client to Marketo's per-instance limits: at most
/// <see cref="MarketoSoapOptions.MaxConcurrentCalls"/> at once (20024 beyond ten) and one permit of
/// the rate limiter each (20023 beyond 100 calls in 20 seconds).
/// </summary>
internal sealed class CallPacer : IDisposable
{
    private readonly SemaphoreSlim _concurrency;
    private readonly RateLimiter _rateLimiter;
    private readonly bool _ownsRateLimiter;

    public CallPacer(int maxConcurrentCalls, RateLimiter? rateLimiter)
    {
        _concurrency = new SemaphoreSlim(maxConcurrentCalls, maxConcurrentCalls);
        _ownsRateLimiter = rateLimiter is null;
        _rateLimiter = rateLimiter ?? new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
        {
            PermitLimit = MarketoSoapDefaults.CallsPerWindow,
            Window = MarketoSoapDefaults.RateWindow,
            SegmentsPerWindow = MarketoSoapDefaults.RateWindowSegments,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }

    /// <summary>Waits for a free slot and a rate permit; dispose the result when the attempt ends.</summary>
    public async ValueTask<IDisposable> AcquireAsync(string operation, CancellationToken cancellationToken)
    {
        await _concurrency.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var lease = await _rateLimiter.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
            if (!lease.IsAcquired)
            {
                lease.Dispose();
                throw new MarketoSoapException($"The rate limiter refused a permit for {operation}; nothing was sent.");
            }

            return new Slot(this, lease);
        }
        catch
        {
            _concurrency.Release();
            throw;
        }
    }

    public void Dispose()
    {
        _concurrency.Dispose();
        if (_ownsRateLimiter)
        {
            _rateLimiter.Dispose();
        }
    }

    private sealed class Slot(CallPacer pacer, RateLimitLease lease) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                // The rate permit is not given back: it stays spent until the window slides past it.
                lease.Dispose();
                pacer._concurrency.Release();
            }
        }
    }
}
