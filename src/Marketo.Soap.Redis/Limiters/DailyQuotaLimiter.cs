using System.Globalization;
using System.Threading.RateLimiting;
using Marketo.Soap.Pipeline;
using Marketo.Soap.Redis.Keys;
using StackExchange.Redis;

namespace Marketo.Soap.Redis.Limiters;

/// <summary>
/// Counts the fleet's calls against Marketo's daily quota in one Redis counter per quota day. A day
/// is named by the instant it ends, the next midnight US Central (daylight saving included), which
/// is also when Marketo resets its own count; the counter is kept until a day after that.
/// </summary>
/// <remarks>
/// The day is read from each host's clock, so hosts whose clocks differ switch days that much
/// apart. A call refused here fails at once with <see cref="MarketoQuotaExceededException"/>:
/// waiting for midnight is the caller's decision.
/// </remarks>
internal sealed class DailyQuotaLimiter(IConnectionMultiplexer connection, RedisKeys keys, int quota, TimeProvider clock) : RateLimiter
{
    // Checks and counts in one step, so two processes can never both take the last permit; a
    // refused call is not counted, as Marketo does not count the calls it refuses.
    private const string CountScript = """
        local used = tonumber(redis.call('GET', KEYS[1]) or '0')
        if used + tonumber(ARGV[1]) > tonumber(ARGV[2]) then
          return -1
        end
        used = redis.call('INCRBY', KEYS[1], ARGV[1])
        redis.call('PEXPIRE', KEYS[1], ARGV[3])
        return used
        """;

    public override TimeSpan? IdleDuration => null;

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount) =>
        throw new NotSupportedException("The daily quota is counted in Redis; acquire its permits asynchronously.");

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var resetsAt = ExceptionTranslator.NextQuotaReset(now);
        // Relative, so a host whose clock differs from Redis's still keeps the counter its whole day.
        var keepFor = (long)(resetsAt.AddDays(1) - now).TotalMilliseconds;
        var used = (long)await connection.GetDatabase().ScriptEvaluateAsync(
            CountScript,
            [new RedisKey(keys.QuotaDay(resetsAt))],
            [permitCount, quota, keepFor]).ConfigureAwait(false);

        if (used < 0)
        {
            throw new MarketoQuotaExceededException(
                string.Create(CultureInfo.InvariantCulture, $"The fleet's daily quota of {quota} calls is used up until {resetsAt:u} (midnight US Central); nothing was sent."),
                resetsAt,
                faultCode: null,
                operation: null);
        }

        return Granted.Lease;
    }

    private sealed class Granted : RateLimitLease
    {
        public static readonly Granted Lease = new();

        public override bool IsAcquired => true;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
