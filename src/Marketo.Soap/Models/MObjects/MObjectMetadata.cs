namespace Marketo.Soap.Models;

/// <summary>What <c>describeMObject</c> says about one object: its kind and its fields.</summary>
public sealed record MObjectMetadata
{
    internal MObjectMetadata(string name, string? description, bool isCustom, bool isVirtual, IReadOnlyList<MObjectFieldMetadata> fields, DateTimeOffset updatedAt)
    {
        Name = name;
        Description = description;
        IsCustom = isCustom;
        IsVirtual = isVirtual;
        Fields = fields;
        UpdatedAt = updatedAt;
    }

    /// <summary>The object's name, for example <c>LeadRecord</c>.</summary>
    public string Name { get; }

    /// <summary>Marketo's description, or <see langword="null"/> when it sent none.</summary>
    public string? Description { get; }

    /// <summary>Whether the object was added to the instance rather than built in.</summary>
    public bool IsCustom { get; }

    /// <summary>Whether the object is composed of other objects' fields, as <c>ActivityRecord</c> is (see <see cref="MObjectFieldMetadata.SourceObject"/>).</summary>
    public bool IsVirtual { get; }

    /// <summary>The object's fields, in Marketo's order.</summary>
    public IReadOnlyList<MObjectFieldMetadata> Fields { get; }

    /// <summary>When the object's definition last changed.</summary>
    public DateTimeOffset UpdatedAt { get; }
}
