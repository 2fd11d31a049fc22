namespace Marketo.Soap.Testing.Seeds;

/// <summary>
/// An activity of the log as a seed or a state folder holds it, so that getLeadActivity and
/// getLeadChanges answer after a restart what they answered before it.
/// </summary>
internal sealed record SeedActivity
{
    /// <summary>The activity's id; 0 (the default) takes the next one.</summary>
    public int Id { get; init; }

    /// <summary>The lead it happened to.</summary>
    public required int LeadId { get; init; }

    /// <summary>When it happened.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The display name answers carry, for example <c>Change Data Value</c>.</summary>
    public required string ActivityType { get; init; }

    /// <summary>The <c>mktgAssetName</c>; null for none.</summary>
    public string? AssetName { get; init; }

    /// <summary>The <c>activityAttributes</c>, in order.</summary>
    public IReadOnlyList<SeedActivityAttribute> Attributes { get; init; } = [];

    public static SeedActivity From(StoredActivity activity) => new()
    {
        Id = activity.Id,
        LeadId = activity.LeadId,
        CreatedAt = activity.CreatedAt,
        ActivityType = activity.ActivityType,
        AssetName = activity.AssetName,
        Attributes = [.. activity.Attributes.Select(a => new SeedActivityAttribute(a.Name, a.Value))],
    };

    public StoredActivity ToStored() => new(Id, LeadId, CreatedAt, ActivityType, AssetName, [.. Attributes.Select(a => (a.Name, a.Value))]);
}
