namespace Marketo.Soap.Testing;

/// <summary>A static list in a <see cref="MarketoEmulatorStore"/>: its id, its name and the leads it holds.</summary>
public sealed record StoredStaticList
{
    /// <summary>Marketo's id of the list, the number after <c>ST</c> in the list's address in Marketo.</summary>
    /// <value>When seeding, 0 (the default) lets the store assign the next free id; any other value must be unused.</value>
    public int Id { get; init; }

    /// <summary>The list's name; a list inside a program is named <c>Program.List</c>.</summary>
    /// <value>Default empty.</value>
    public string Name { get; init; } = string.Empty;

    /// <summary>The ids of the leads on the list, in the order they were added.</summary>
    /// <value>Default empty. When seeding, each must be a stored lead.</value>
    public IReadOnlyList<int> LeadIds { get; init; } = [];
}
