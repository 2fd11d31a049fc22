using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Marketo.Soap.Testing.Seeds;

/// <summary>
/// A seed file, and the shape the store is saved in: what an instance knows (custom lead fields,
/// tag types, channels, custom object types) and holds (leads, programs, opportunities, roles, static
/// lists, smart campaigns, activities, campaign runs, custom object records). Described for users by
/// <c>marketo-emulator-seed.schema.json</c>; every part is optional.
/// </summary>
internal sealed class SeedDocument
{
    /// <summary>Lets an editor find the schema; ignored by the emulator.</summary>
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    public IReadOnlyList<SeedLeadField> LeadFields { get; init; } = [];

    public IReadOnlyDictionary<string, IReadOnlyList<string>> TagTypes { get; init; } = ImmutableDictionary<string, IReadOnlyList<string>>.Empty;

    public IReadOnlyList<StoredLead> Leads { get; init; } = [];

    public IReadOnlyList<StoredProgram> Programs { get; init; } = [];

    public IReadOnlyList<StoredOpportunity> Opportunities { get; init; } = [];

    public IReadOnlyList<StoredOpportunityPersonRole> OpportunityPersonRoles { get; init; } = [];

    public IReadOnlyList<StoredStaticList> StaticLists { get; init; } = [];

    public IReadOnlyList<StoredCampaign> Campaigns { get; init; } = [];

    /// <summary>The activity log, oldest first: what getLeadActivity and getLeadChanges read. Applied after every record above.</summary>
    public IReadOnlyList<SeedActivity> Activities { get; init; } = [];

    /// <summary>The campaign runs requestCampaign and scheduleCampaign asked for, oldest first; each names a campaign above.</summary>
    public IReadOnlyList<StoredCampaignRun> CampaignRuns { get; init; } = [];

    public IReadOnlyList<StoredChannel> Channels { get; init; } = [];

    public IReadOnlyList<StoredCustomObjectType> CustomObjectTypes { get; init; } = [];

    public IReadOnlyList<StoredCustomObject> CustomObjects { get; init; } = [];
}
