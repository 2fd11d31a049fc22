namespace Marketo.Soap.Redis;

/// <summary>The limits a fleet shares through Redis, and what happens when Redis is down.</summary>
/// <remarks>The defaults are Marketo's documented limits per instance.</remarks>
public sealed class MarketoRedisLimitsOptions
{
    /// <summary>How many calls the whole fleet may start in any sliding <see cref="Window"/>.</summary>
    /// <value>Default 100, Marketo's limit (20023 beyond it). At least 1.</value>
    public int CallsPerWindow { get; set; } = 100;

    /// <summary>The sliding window <see cref="CallsPerWindow"/> counts in.</summary>
    /// <value>Default 20 seconds, Marketo's window. At least 1 second.</value>
    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Added to <see cref="Window"/> in the shared count, for the time between taking a permit and
    /// the call's arrival at Marketo and for clock differences between hosts.
    /// </summary>
    /// <value>
    /// Default 2 seconds: a permit is counted for 22 seconds, so however unevenly calls travel
    /// from permit to arrival (up to two seconds apart), Marketo never sees more than
    /// <see cref="CallsPerWindow"/> in its 20. Zero or more.
    /// </value>
    public TimeSpan WindowMargin { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How many calls the whole fleet may have in flight at once.</summary>
    /// <value>Default 10, Marketo's limit (20024 beyond it). At least 1.</value>
    /// <remarks>
    /// A permit of a process that dies is freed after 60 seconds (the lifetime the RedisRateLimiting
    /// library gives every concurrency permit, counted in whole seconds: between 59 and 61 seconds).
    /// The same lifetime bounds a live call: one that takes longer no longer counts, so keep
    /// <see cref="MarketoSoapOptions.Timeout"/> under a minute when sharing limits.
    /// </remarks>
    public int MaxConcurrentCalls { get; set; } = 10;

    /// <summary>How many calls the whole fleet may start per day; days end at midnight US Central time, as Marketo's do.</summary>
    /// <value>
    /// Default 10,000, Marketo's quota for most subscriptions. <see langword="null"/> counts no quota.
    /// At least 1 when set.
    /// </value>
    /// <remarks>
    /// A call beyond it fails at once with <see cref="MarketoQuotaExceededException"/> (nothing is
    /// sent), whose <see cref="MarketoQuotaExceededException.ResetsAt"/> is the next midnight US
    /// Central. Calls of processes not sharing these limits, and calls made in Marketo's UI
    /// integrations, are not counted, so Marketo may still answer 20015 first.
    /// </remarks>
    public int? DailyQuota { get; set; } = 10_000;

    /// <summary>
    /// The first part of every Redis key these limits use; the rest is a hash of the instance's
    /// endpoint host and user id, so the user id is never readable in Redis.
    /// </summary>
    /// <value>Default <c>marketo-soap</c>. Not blank.</value>
    public string KeyPrefix { get; set; } = "marketo-soap";

    /// <summary>What a call does when Redis does not answer.</summary>
    /// <value>
    /// Default <see cref="RedisUnavailableBehavior.FallBackToInProcess"/>: Marketo enforces its
    /// limits itself and the client repeats its refusals, so a Redis outage should cost speed, not
    /// the integration.
    /// </value>
    public RedisUnavailableBehavior WhenRedisUnavailable { get; set; } = RedisUnavailableBehavior.FallBackToInProcess;

    /// <summary>After Redis failed to answer, how long calls use the fallback before Redis is tried again.</summary>
    /// <value>Default 5 seconds, so an outage does not make every call wait for a Redis timeout. At least zero.</value>
    public TimeSpan RedisRetryInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a call waiting for a shared permit waits before asking Redis again.</summary>
    /// <value>Default 50 milliseconds. Between 1 millisecond and 5 seconds.</value>
    public TimeSpan PermitPollInterval { get; set; } = TimeSpan.FromMilliseconds(50);
}
