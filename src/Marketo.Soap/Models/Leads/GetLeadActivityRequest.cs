namespace Marketo.Soap.Models;

/// <summary>The input of a <c>getLeadActivity</c> read: one lead's history, newest first, a page at a time.</summary>
public sealed record GetLeadActivityRequest
{
    /// <summary>The largest page Marketo serves: 100 activities.</summary>
    public const int MaxBatchSize = 100;

    /// <summary>The lead whose history to read.</summary>
    public required LeadKey Lead { get; init; }

    /// <summary>Only these types (<c>includeTypes</c>); empty (the default) for every type. Not together with <see cref="ExcludeTypes"/>.</summary>
    public IReadOnlyList<ActivityType> IncludeTypes { get; init; } = [];

    /// <summary>Every type but these (<c>excludeTypes</c>); empty (the default) excludes none. Not together with <see cref="IncludeTypes"/>.</summary>
    public IReadOnlyList<ActivityType> ExcludeTypes { get; init; } = [];

    /// <summary>Activities per page, from 1 to <see cref="MaxBatchSize"/>; the maximum unless set, for the fewest calls.</summary>
    public int BatchSize { get; init; } = MaxBatchSize;
}
