namespace Marketo.Soap.Operations;

/// <summary>Converts between the public <see cref="DateTimeOffset"/> and the proxy's <see cref="DateTime"/> for <c>xs:dateTime</c> values.</summary>
/// <remarks>
/// XmlSerializer writes a UTC <see cref="DateTime"/> with <c>Z</c>, so no machine's time zone
/// reaches the wire. It reads a value with an offset as local time; the instant is kept, and is
/// handed out in UTC. A value without an offset (Marketo always sends one) is read as UTC.
/// </remarks>
internal static class WireTime
{
    public static DateTime ToWire(DateTimeOffset value) => value.UtcDateTime;

    public static DateTimeOffset FromWire(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => new DateTimeOffset(value),
        DateTimeKind.Local => new DateTimeOffset(value.ToUniversalTime()),
        _ => new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)),
    };
}
