namespace Marketo.Soap.Benchmarks.Workload;

/// <summary>A clock stopped at one local time, so the client and the baseline sign identical timestamps.</summary>
internal sealed class FixedClock(DateTimeOffset localTime) : TimeProvider
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.CreateCustomTimeZone("fixed", localTime.Offset, "fixed", "fixed");

    public override DateTimeOffset GetUtcNow() => localTime.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => _zone;
}
