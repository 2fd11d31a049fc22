using System.Collections.Immutable;

namespace Marketo.Soap.Testing;

/// <summary>
/// A program in a <see cref="MarketoEmulatorStore"/>. syncMObjects can only update programs (period
/// costs and tags), never create them, so a test seeds the programs its calls refer to.
/// </summary>
public sealed record StoredProgram
{
    /// <summary>Marketo's id of the program.</summary>
    /// <value>When seeding, 0 (the default) lets the store assign the next free id; any other value must be unused.</value>
    public int Id { get; init; }

    /// <summary>The program's name.</summary>
    /// <value>Default empty.</value>
    public string Name { get; init; } = string.Empty;

    /// <summary>The program's period costs, in the order they were added.</summary>
    /// <value>Default empty. When seeding, a cost with id 0 gets the next free cost id.</value>
    public IReadOnlyList<StoredProgramCost> Costs { get; init; } = [];

    /// <summary>The program's tags and channel: one value per tag type, for example <c>Region</c> → <c>EMEA</c>.</summary>
    /// <value>Default empty. When seeding, each pair must be a known tag type and value (<see cref="MarketoEmulatorStore.AddTagType"/>).</value>
    public IReadOnlyDictionary<string, string> Tags { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>
    /// The program's other attribs as getMObjects writes them after <c>Name</c>, in order: in
    /// Marketo's documented answer <c>Type</c>, <c>Workspace Id</c>, <c>Workspace Name</c>,
    /// <c>Tree Path</c>, <c>Is Archived</c>, and for events <c>Start Date</c> and <c>End Date</c>.
    /// getMObjects criteria on those names compare these values. The emulator keeps them as given.
    /// </summary>
    /// <value>Default empty.</value>
    public IReadOnlyList<StoredExternalKey> Details { get; init; } = [];

    /// <summary>
    /// The program's own tokens (its <c>my.</c> tokens), by full token name, for example <c>{{my.message}}</c> → <c>Hello</c>.
    /// requestCampaign and scheduleCampaign overrides apply to one run only and never change them (see <see cref="StoredCampaignRun.EffectiveTokens"/>).
    /// </summary>
    /// <value>Default empty. When seeding, every name must be written in braces, as <c>{{my.name}}</c>.</value>
    public IReadOnlyDictionary<string, string> Tokens { get; init; } = ImmutableDictionary<string, string>.Empty;
}
