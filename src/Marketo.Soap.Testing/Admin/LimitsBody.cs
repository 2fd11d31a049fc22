namespace Marketo.Soap.Testing.Admin;

/// <summary>The limits in force, as the admin API reads and changes them; a change may leave any of them out.</summary>
internal sealed record LimitsBody
{
    /// <summary>Calls accepted in any sliding 20-second window (20023 past it).</summary>
    public int? CallsPer20Seconds { get; init; }

    /// <summary>Calls in flight at once (20024 past it).</summary>
    public int? MaxConcurrentCalls { get; init; }

    /// <summary>Calls accepted per US Central day (20015 past it).</summary>
    public int? DailyQuota { get; init; }

    /// <summary>How far a request timestamp may lie from the emulator's clock (20016 past it).</summary>
    public int? TimestampToleranceSeconds { get; init; }
}
