namespace Marketo.Soap.Models;

/// <summary>
/// Chooses the leads updated in a time window (<c>LastUpdateAtSelector</c> on the wire). An
/// update is a change of a field's value or a new activity on the lead.
/// </summary>
/// <remarks>
/// Marketo refuses a window longer than <see cref="MaxWindow"/> (30 days, error 20022), so the
/// client refuses one before sending when both ends are given. Whether Marketo applies the limit
/// to a window without <see cref="Until"/> is not documented; such a window is sent as it is.
/// </remarks>
public sealed record LastUpdatedSelector : LeadSelector
{
    /// <summary>The longest window Marketo accepts: 30 days.</summary>
    public static TimeSpan MaxWindow { get; } = TimeSpan.FromDays(30);

    /// <summary>The start of the window (<c>oldestUpdatedAt</c>).</summary>
    public required DateTimeOffset Since { get; init; }

    /// <summary>The end of the window (<c>latestUpdatedAt</c>), or <see langword="null"/> for no end.</summary>
    public DateTimeOffset? Until { get; init; }
}
