using System.Globalization;

namespace Marketo.Soap.Redis.Configuration;

/// <summary>Checks <see cref="MarketoRedisLimitsOptions"/> and reports every problem at once.</summary>
internal static class MarketoRedisLimitsOptionsValidator
{
    public static IReadOnlyList<string> Validate(MarketoRedisLimitsOptions options)
    {
        var failures = new List<string>();
        void Check(bool ok, FormattableString problem)
        {
            if (!ok)
            {
                failures.Add(problem.ToString(CultureInfo.InvariantCulture));
            }
        }

        Check(options.CallsPerWindow >= 1, $"CallsPerWindow must be at least 1; it is {options.CallsPerWindow}.");
        Check(options.Window >= TimeSpan.FromSeconds(1), $"Window must be at least 1 second; it is {options.Window}.");
        Check(options.WindowMargin >= TimeSpan.Zero, $"WindowMargin must not be negative; it is {options.WindowMargin}.");
        Check(options.MaxConcurrentCalls >= 1, $"MaxConcurrentCalls must be at least 1; it is {options.MaxConcurrentCalls}.");
        Check(options.DailyQuota is null or >= 1, $"DailyQuota must be at least 1 when set; it is {options.DailyQuota}.");
        Check(!string.IsNullOrWhiteSpace(options.KeyPrefix), $"KeyPrefix must not be blank.");
        Check(Enum.IsDefined(options.WhenRedisUnavailable), $"WhenRedisUnavailable must be FallBackToInProcess or FailFast; it is {options.WhenRedisUnavailable}.");
        Check(options.RedisRetryInterval >= TimeSpan.Zero, $"RedisRetryInterval must not be negative; it is {options.RedisRetryInterval}.");
        Check(
            options.PermitPollInterval >= TimeSpan.FromMilliseconds(1) && options.PermitPollInterval <= TimeSpan.FromSeconds(5),
            $"PermitPollInterval must be between 1 millisecond and 5 seconds; it is {options.PermitPollInterval}.");
        return failures;
    }

    public static void ThrowIfInvalid(MarketoRedisLimitsOptions options)
    {
        var failures = Validate(options);
        if (failures.Count > 0)
        {
            throw new ArgumentException("The shared Marketo limits are misconfigured: " + string.Join(" ", failures), nameof(options));
        }
    }
}
