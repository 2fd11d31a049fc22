namespace Marketo.Soap.Models;

/// <summary>One tag type, and optionally some of its values, that a <c>getTags</c> call asks about (<c>Tag</c> on the wire).</summary>
public sealed record TagFilter
{
    /// <summary>The tag type, for example <c>Region</c>.</summary>
    public required string Type { get; init; }

    /// <summary>Values of the type to ask about. Empty (the default) sends none.</summary>
    public IReadOnlyList<string> Values { get; init; } = [];
}
