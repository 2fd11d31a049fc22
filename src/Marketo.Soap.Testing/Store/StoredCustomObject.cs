using System.Collections.Immutable;

namespace Marketo.Soap.Testing;

/// <summary>One record of a custom object in a <see cref="MarketoEmulatorStore"/>.</summary>
public sealed record StoredCustomObject
{
    /// <summary>The name of its <see cref="StoredCustomObjectType"/>, in any case.</summary>
    public required string Type { get; init; }

    /// <summary>Its key fields by name: every key field of the type, each with a value.</summary>
    public required IReadOnlyDictionary<string, string> Keys { get; init; }

    /// <summary>Its other fields by name; a field without a value is left out.</summary>
    /// <value>Default empty.</value>
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = ImmutableDictionary<string, string>.Empty;
}
