using System.Threading.RateLimiting;
using Marketo.Soap.Configuration;

namespace Marketo.Soap.Pipeline;

/// <summary>
/// Holds every attempt of one client to Marketo's per-instance limits: at most
/// <see cref="MarketoSoapOptions.MaxConcurrentCalls"/> at once (20024 beyond ten) and one permit of
/// the rate limiter each (20023 beyond 100 calls in 20 seconds).
/// </summary>
/// <remarks>
/// A caller-supplied concurrency limiter (<see cref="MarketoSoapOptions.ConcurrencyLimiter"/>, a
/// count shared by a fleet) takes the place of the client's own semaphore; like a supplied rate
/// limiter, it belongs to the caller and is never disposed here.
/// </remarks>
internal sealed class CallPacer : IDisposable
{
    private readonly SemaphoreSlim _concurrency;
    private readonly RateLimiter _rateLimiter;
    private readonly bool _ownsRateLimiter;
    private readonly RateLimiter? _concurrencyLimiter;

    public CallPacer(int maxConcurrentCalls, RateLimiter? rateLimiter, RateLimiter? concurrencyLimiter = null)
    {
        _concurrencyLimiter = concurrencyLimiter;
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
        var concurrencyLease = await WaitForConcurrencyAsync(operation, cancellationToken).ConfigureAwait(false);
        try
        {
            var lease = await _rateLimiter.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
            if (!lease.IsAcquired)
            {
                lease.Dispose();
                throw new MarketoSoapException($"The rate limiter refused a permit for {operation}; nothing was sent.");
            }

            return new Slot(this, lease, concurrencyLease);
        }
        catch
        {
            ReleaseConcurrency(concurrencyLease);
            throw;
        }
    }

    /// <summary>A permit of the supplied concurrency limiter, or null once the client's own semaphore let the attempt in.</summary>
    private async ValueTask<RateLimitLease?> WaitForConcurrencyAsync(string operation, CancellationToken cancellationToken)
    {
        if (_concurrencyLimiter is null)
        {
            await _concurrency.WaitAsync(cancellationToken).ConfigureAwait(false);
            return null;
        }

        var lease = await _concurrencyLimiter.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        if (!lease.IsAcquired)
        {
            lease.Dispose();
            throw new MarketoSoapException($"The concurrency limiter refused a permit for {operation}; nothing was sent.");
        }

        return lease;
    }

    private void ReleaseConcurrency(RateLimitLease? concurrencyLease)
    {
        if (concurrencyLease is null)
        {
            _concurrency.Release();
        }
        else
        {
            concurrencyLease.Dispose();
        }
    }

    /// <summary>Disposes the rate limiter the pacer made; a caller's own limiter is left alone, since others may share it.</summary>
    /// <remarks>
    /// The concurrency semaphore is not disposed: an attempt that ends after the client is disposed
    /// still gives its slot back, and a disposed semaphore would throw its own
    /// <see cref="ObjectDisposedException"/> at that caller. It holds no wait handle, so the
    /// collector is enough.
    /// </remarks>
    public void Dispose()
    {
        if (_ownsRateLimiter)
        {
            _rateLimiter.Dispose();
        }
    }

    private sealed class Slot(CallPacer pacer, RateLimitLease lease, RateLimitLease? concurrencyLease) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                // The rate permit is not given back: it stays spent until the window slides past it.
                lease.Dispose();
                pacer.ReleaseConcurrency(concurrencyLease);
            }
        }
    }
}
