namespace Marketo.Soap.Redis;

/// <summary>What a client does when Redis cannot be reached to take a permit.</summary>
public enum RedisUnavailableBehavior
{
    /// <summary>
    /// Go on with this process's own limits (100 calls per sliding 20 seconds, 10 in flight, no
    /// daily quota) and log a warning; Redis is tried again after
    /// <see cref="MarketoRedisLimitsOptions.RedisRetryInterval"/>.
    /// </summary>
    /// <remarks>
    /// Every process then believes it owns the whole budget, so Marketo may refuse some calls with
    /// 20023 or 20024; the client repeats those. Work goes on, more slowly.
    /// </remarks>
    FallBackToInProcess = 0,

    /// <summary>
    /// Fail the call with <see cref="MarketoLimitsUnavailableException"/> before anything is sent;
    /// calls fail until Redis answers again.
    /// </summary>
    FailFast = 1,
}
