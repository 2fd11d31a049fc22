using System.Collections.Immutable;

namespace Marketo.Soap.Testing;

/// <summary>A lead's role on an opportunity in a <see cref="MarketoEmulatorStore"/>.</summary>
public sealed record StoredOpportunityPersonRole
{
    /// <summary>Marketo's id of the role.</summary>
    /// <value>When seeding, 0 (the default) lets the store assign the next free id; any other value must be unused.</value>
    public int Id { get; init; }

    /// <summary>The opportunity's id. When seeding, it must name a stored opportunity.</summary>
    public int OpportunityId { get; init; }

    /// <summary>The lead's id (Marketo calls it <c>PersonId</c>). When seeding, it must name a stored lead.</summary>
    public int PersonId { get; init; }

    /// <summary>The role's other fields by name: <c>Role</c>, <c>IsPrimary</c>, <c>ExternalCreatedDate</c>.</summary>
    /// <value>Default empty.</value>
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = ImmutableDictionary<string, string>.Empty;
}
