using System.Threading.RateLimiting;
using Marketo.Soap.Redis.Configuration;
using Marketo.Soap.Redis.Keys;
using Marketo.Soap.Redis.Limiters;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using RedisRateLimiting;
using StackExchange.Redis;

namespace Marketo.Soap.Redis;

/// <summary>
/// One Marketo instance's limits, shared through Redis by every process that makes them with the
/// same Redis, endpoint host and user id: calls per sliding window, calls in flight, and the daily
/// quota. Give them to a client with <see cref="ApplyTo"/>.
/// </summary>
/// <remarks>
/// <para>
/// The window and the calls in flight are RedisRateLimiting's sliding-window and concurrency
/// limiters; a call waiting for a permit asks Redis again every
/// <see cref="MarketoRedisLimitsOptions.PermitPollInterval"/>. The daily quota is one Redis counter per
/// US Central day.
/// </para>
/// <para>
/// Dispose it after the clients that use it; the clients never dispose it. With dependency
/// injection, use <c>services.UseMarketoRedisLimits()</c>, which does both.
/// </para>
/// </remarks>
public sealed class MarketoRedisLimits : IDisposable
{
    private MarketoRedisLimits(string instanceKey, RateLimiter rateLimiter, RateLimiter concurrencyLimiter)
    {
        InstanceKey = instanceKey;
        RateLimiter = rateLimiter;
        ConcurrencyLimiter = concurrencyLimiter;
    }

    /// <summary>The hash that names the instance in every Redis key: 32 hex digits of SHA-256 over the endpoint's host and the user id.</summary>
    public string InstanceKey { get; }

    /// <summary>The fleet's permits per sliding window, followed by the daily quota's count; for <see cref="MarketoSoapOptions.RateLimiter"/>.</summary>
    public RateLimiter RateLimiter { get; }

    /// <summary>The fleet's calls in flight; for <see cref="MarketoSoapOptions.ConcurrencyLimiter"/>.</summary>
    public RateLimiter ConcurrencyLimiter { get; }

    /// <summary>Makes the shared limits of the instance <paramref name="endpoint"/> and <paramref name="userId"/> name. Touches no network.</summary>
    /// <param name="connection">The Redis connection; every process of the fleet must use the same Redis (or cluster).</param>
    /// <param name="endpoint">The instance's SOAP endpoint; only its host names the instance.</param>
    /// <param name="userId">The SOAP user id; it is hashed, never stored.</param>
    /// <param name="options">The limits and the behaviour when Redis is down; null uses Marketo's limits.</param>
    /// <param name="logger">Receives a warning when the process falls back to its own limits; null logs nothing.</param>
    /// <param name="timeProvider">Reads the quota day and times waits; null uses the system clock.</param>
    /// <returns>The limits, to dispose after the clients that use them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="connection"/>, <paramref name="endpoint"/> or <paramref name="userId"/> is null.</exception>
    /// <exception cref="ArgumentException">An option is out of range; the message lists every problem.</exception>
    public static MarketoRedisLimits Create(
        IConnectionMultiplexer connection,
        Uri endpoint,
        string userId,
        MarketoRedisLimitsOptions? options = null,
        ILogger? logger = null,
        TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        options ??= new MarketoRedisLimitsOptions();
        MarketoRedisLimitsOptionsValidator.ThrowIfInvalid(options);
        logger ??= NullLogger.Instance;
        var clock = timeProvider ?? TimeProvider.System;
        var keys = RedisKeys.For(options.KeyPrefix, endpoint, userId);
        var countedWindow = options.Window + options.WindowMargin;

        RateLimiter sharedRate = new PollingRateLimiter(
            new RedisSlidingWindowRateLimiter<string>(keys.RatePartition, new RedisSlidingWindowRateLimiterOptions
            {
                ConnectionMultiplexerFactory = () => connection,
                PermitLimit = options.CallsPerWindow,
                Window = countedWindow,
            }),
            options.PermitPollInterval,
            clock);
        if (options.DailyQuota is { } quota)
        {
            sharedRate = RateLimiter.CreateChained(sharedRate, new DailyQuotaLimiter(connection, keys, quota, clock));
        }

        var sharedConcurrency = new PollingRateLimiter(
            new RedisConcurrencyRateLimiter<string>(keys.ConcurrencyPartition, new RedisConcurrencyRateLimiterOptions
            {
                ConnectionMultiplexerFactory = () => connection,
                PermitLimit = options.MaxConcurrentCalls,
                QueueLimit = 0,
            }),
            options.PermitPollInterval,
            clock);

        // The fallback is what a client without shared limits has: this process's own count.
        var localRate = new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
        {
            PermitLimit = options.CallsPerWindow,
            Window = countedWindow,
            SegmentsPerWindow = Math.Max(1, (int)Math.Ceiling(countedWindow.TotalSeconds)),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
        var localConcurrency = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = options.MaxConcurrentCalls,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });

        return new MarketoRedisLimits(
            keys.Instance,
            new FallbackRateLimiter(sharedRate, localRate, "rate", keys.Instance, options, clock, logger),
            new FallbackRateLimiter(sharedConcurrency, localConcurrency, "concurrency", keys.Instance, options, clock, logger));
    }

    /// <summary>Makes a client built from <paramref name="options"/> take every call's permits from these shared limits.</summary>
    /// <param name="options">The client's options; their <see cref="MarketoSoapOptions.RateLimiter"/> and <see cref="MarketoSoapOptions.ConcurrencyLimiter"/> are set.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public void ApplyTo(MarketoSoapOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.RateLimiter = RateLimiter;
        options.ConcurrencyLimiter = ConcurrencyLimiter;
    }

    /// <summary>Disposes the limiters. Permits in flight in Redis expire on their own.</summary>
    public void Dispose()
    {
        RateLimiter.Dispose();
        ConcurrencyLimiter.Dispose();
    }
}
