using System.Collections.Immutable;

namespace Marketo.Soap.Testing;

/// <summary>An opportunity in a <see cref="MarketoEmulatorStore"/>.</summary>
public sealed record StoredOpportunity
{
    /// <summary>Marketo's id of the opportunity.</summary>
    /// <value>When seeding, 0 (the default) lets the store assign the next free id; any other value must be unused.</value>
    public int Id { get; init; }

    /// <summary>
    /// The custom field that identifies the opportunity in another system, or <see langword="null"/>.
    /// Marketo does not keep external keys unique; a lookup by key finds the most recently added match.
    /// </summary>
    public StoredExternalKey? ExternalKey { get; init; }

    /// <summary>The opportunity's fields by name, for example <c>Name</c>, <c>Amount</c>, <c>Stage</c>.</summary>
    /// <value>Default empty.</value>
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>The id of the associated company, or <see langword="null"/>.</summary>
    public int? CompanyId { get; init; }

    /// <summary>The external key of the associated company, or <see langword="null"/>.</summary>
    public StoredExternalKey? CompanyExternalKey { get; init; }
}
