namespace Marketo.Soap.Models;

/// <summary>One tag type a program can carry, with its allowed values (<c>Tag</c> on the wire).</summary>
public sealed record TagType
{
    internal TagType(string type, IReadOnlyList<string> values)
    {
        Type = type;
        Values = values;
    }

    /// <summary>The tag type, for example <c>Region</c>.</summary>
    public string Type { get; }

    /// <summary>Its allowed values, in the order Marketo sent them.</summary>
    public IReadOnlyList<string> Values { get; }
}
