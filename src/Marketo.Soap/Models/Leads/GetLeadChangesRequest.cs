namespace Marketo.Soap.Models;

/// <summary>
/// The input of a <c>getLeadChanges</c> read: new leads, changed field values and other activities
/// across all leads (or the leads a selector chooses), oldest first, a page at a time.
/// </summary>
public sealed record GetLeadChangesRequest
{
    /// <summary>The largest page allowed: 1000 changes.</summary>
    /// <remarks>
    /// Marketo's documentation says 1000; two public clients cap their own pages at 100, which shows
    /// their choice, not a smaller limit. The default stays at <see cref="DefaultBatchSize"/>.
    /// </remarks>
    public const int MaxBatchSize = 1000;

    /// <summary>The page size used when none is given: 100, what the public clients that call this operation use.</summary>
    public const int DefaultBatchSize = 100;

    /// <summary>Where the read starts: changes made at or after this time (<c>oldestCreatedAt</c> of the first position). Required by Marketo.</summary>
    public required DateTimeOffset Since { get; init; }

    /// <summary>
    /// Where the read ends (<c>latestCreatedAt</c>); <see langword="null"/> (the default) reads up to now.
    /// </summary>
    /// <remarks>Marketo's parameter table does not list this bound; a public client relies on it. It is sent on every page.</remarks>
    public DateTimeOffset? Until { get; init; }

    /// <summary>
    /// Only activities with these display names (<c>activityNameFilter</c>), for example
    /// <see cref="Models.ActivityNames.ChangeDataValue"/>; empty (the default) for all. Marketo's
    /// preferred filter. Not together with <see cref="IncludeTypes"/> or <see cref="ExcludeTypes"/>.
    /// </summary>
    public IReadOnlyList<string> ActivityNames { get; init; } = [];

    /// <summary>Only these types (<c>includeTypes</c>, which Marketo marks deprecated here; prefer <see cref="ActivityNames"/>). Not together with <see cref="ExcludeTypes"/>.</summary>
    public IReadOnlyList<ActivityType> IncludeTypes { get; init; } = [];

    /// <summary>Every type but these (<c>excludeTypes</c>). Not together with <see cref="IncludeTypes"/>.</summary>
    public IReadOnlyList<ActivityType> ExcludeTypes { get; init; } = [];

    /// <summary>The leads whose changes to read; <see langword="null"/> (the default) for all leads.</summary>
    public LeadSelector? Selector { get; init; }

    /// <summary>Changes per page, from 1 to <see cref="MaxBatchSize"/>; <see cref="DefaultBatchSize"/> unless set.</summary>
    public int BatchSize { get; init; } = DefaultBatchSize;
}
