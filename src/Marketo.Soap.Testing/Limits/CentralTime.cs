namespace Marketo.Soap.Testing.Limits;

/// <summary>US Central time, where Marketo's daily quota resets at midnight (contract facts §5.3: "12:00 AM CST").</summary>
internal static class CentralTime
{
    public static readonly TimeZoneInfo Zone = Find();

    /// <summary>The Central calendar day an instant falls on.</summary>
    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    private static TimeZoneInfo Find()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            // Without time-zone data, standard time is what the docs name.
            return TimeZoneInfo.CreateCustomTimeZone("US Central (fixed)", TimeSpan.FromHours(-6), "US Central", "US Central");
        }
    }
}
