namespace Marketo.Soap.Testing;

/// <summary>A custom object the emulated instance has: its API name and its fields, key fields first by convention.</summary>
/// <remarks>
/// Marketo provisions custom objects per instance (operations facts §7); the emulator knows only
/// those a test or seed declares. Answers list fields in the order declared here.
/// </remarks>
public sealed record StoredCustomObjectType
{
    /// <summary>The object's API name, for example <c>RoadShow</c>. Calls name it in any case, as Marketo's do.</summary>
    public required string Name { get; init; }

    /// <summary>Every field, key fields included; at least one key field, each name once.</summary>
    public required IReadOnlyList<StoredCustomObjectField> Fields { get; init; }
}
