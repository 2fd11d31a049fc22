using System.Collections.Immutable;

namespace Marketo.Soap.Testing;

/// <summary>A lead in a <see cref="MarketoEmulatorStore"/>: what a test seeds, and what it reads back after a call.</summary>
/// <remarks>
/// Collections are compared by reference, so compare members (for example
/// <c>lead.Attributes["Company"]</c>), not whole records.
/// </remarks>
public sealed record StoredLead
{
    /// <summary>Marketo's id of the lead.</summary>
    /// <value>When seeding, 0 (the default) lets the store assign the next free id; any other value must be unused.</value>
    public int Id { get; init; }

    /// <summary>The lead's email address, or <see langword="null"/> for a lead without one.</summary>
    public string? Email { get; init; }

    /// <summary>
    /// The lead's ids in other systems (<c>ForeignSysPersonId</c> with its <c>ForeignSysType</c>).
    /// One lead may hold several; an id can move to another lead but is never deleted.
    /// </summary>
    /// <value>Default empty.</value>
    public IReadOnlyList<ForeignPersonId> ForeignPersonIds { get; init; } = [];

    /// <summary>The lead's fields by API name, for example <c>Company</c>. <c>Email</c> is never here: it is <see cref="Email"/>.</summary>
    /// <value>Default empty.</value>
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = ImmutableDictionary<string, string>.Empty;
}
