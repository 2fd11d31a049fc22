namespace Marketo.Soap.Models;

/// <summary>A custom object record as <c>getCustomObjects</c> returns it.</summary>
public sealed record CustomObject
{
    internal CustomObject(IReadOnlyList<CustomObjectField> keys, IReadOnlyList<CustomObjectField> attributes)
    {
        Keys = keys;
        Attributes = attributes;
    }

    /// <summary>The record's key fields, in Marketo's order.</summary>
    public IReadOnlyList<CustomObjectField> Keys { get; }

    /// <summary>The record's other fields (those asked for, or all), in Marketo's order.</summary>
    public IReadOnlyList<CustomObjectField> Attributes { get; }
}
