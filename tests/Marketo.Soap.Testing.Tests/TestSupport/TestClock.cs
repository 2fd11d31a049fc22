using Microsoft.Extensions.Time.Testing;

namespace Marketo.Soap.Testing.Tests.TestSupport;

/// <summary>Clocks for tests: nothing here reads the real time.</summary>
internal static class TestClock
{
    /// <summary>2026-11-23 15:00 UTC, 09:00 in US Central time: far from the daily quota's midnight reset.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);

    public static FakeTimeProvider Create() => new(Start);

    /// <summary>A clock standing at <paramref name="localTime"/>, with a local time zone of that time's offset.</summary>
    public static FakeTimeProvider At(DateTimeOffset localTime)
    {
        var clock = new FakeTimeProvider(localTime.ToUniversalTime());
        clock.SetLocalTimeZone(TimeZoneInfo.CreateCustomTimeZone("fixed", localTime.Offset, "fixed", "fixed"));
        return clock;
    }
}
