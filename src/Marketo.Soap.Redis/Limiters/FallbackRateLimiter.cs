using System.Threading.RateLimiting;
using Marketo.Soap.Redis.Telemetry;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Marketo.Soap.Redis.Limiters;

/// <summary>
/// Takes permits from the fleet's limiter in Redis, and decides what happens when Redis does not
/// answer: fail at once, or take this process's own limiter's permits for a while and log it.
/// </summary>
internal sealed class FallbackRateLimiter(
    RateLimiter shared,
    RateLimiter local,
    string limit,
    string instance,
    MarketoRedisLimitsOptions options,
    TimeProvider clock,
    ILogger logger) : RateLimiter
{
    private readonly Lock _gate = new();
    private DateTimeOffset? _localUntil;

    public override TimeSpan? IdleDuration => null;

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => local.AttemptAcquire(permitCount);

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        if (UsingLocal())
        {
            return await local.AcquireAsync(permitCount, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            var lease = await shared.AcquireAsync(permitCount, cancellationToken).ConfigureAwait(false);
            Restored();
            return lease;
        }
        catch (Exception e) when (e is RedisConnectionException or TimeoutException)
        {
            if (options.WhenRedisUnavailable == RedisUnavailableBehavior.FailFast)
            {
                throw new MarketoLimitsUnavailableException($"Redis did not answer for the shared {limit} limit; nothing was sent. {e.Message}", e);
            }

            FallBack(e);
            return await local.AcquireAsync(permitCount, cancellationToken).ConfigureAwait(false);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            shared.Dispose();
            local.Dispose();
        }

        base.Dispose(disposing);
    }

    private bool UsingLocal()
    {
        lock (_gate)
        {
            return _localUntil is { } until && clock.GetUtcNow() < until;
        }
    }

    private void FallBack(Exception failure)
    {
        bool first;
        lock (_gate)
        {
            first = _localUntil is null;
            _localUntil = clock.GetUtcNow() + options.RedisRetryInterval;
        }

        // Once per outage, not once per call.
        if (first)
        {
            Log.SharedLimitsUnavailable(logger, failure, limit, instance, options.RedisRetryInterval.TotalSeconds);
        }
    }

    private void Restored()
    {
        bool wasLocal;
        lock (_gate)
        {
            wasLocal = _localUntil is not null;
            _localUntil = null;
        }

        if (wasLocal)
        {
            Log.SharedLimitsRestored(logger, limit, instance);
        }
    }
}
