namespace Marketo.Soap.Models;

/// <summary>One field of an object, as <c>describeMObject</c> describes it (an <c>MObjFieldMetadata</c>).</summary>
public sealed record MObjectFieldMetadata
{
    internal MObjectFieldMetadata(
        string name,
        string? description,
        string? displayName,
        string? sourceObject,
        string dataType,
        int? size,
        bool isReadonly,
        bool isUpdateBlocked,
        bool? isName,
        bool isPrimaryKey,
        bool isCustom,
        bool isDynamic,
        string? dynamicFieldRef,
        DateTimeOffset updatedAt)
    {
        Name = name;
        Description = description;
        DisplayName = displayName;
        SourceObject = sourceObject;
        DataType = dataType;
        Size = size;
        IsReadonly = isReadonly;
        IsUpdateBlocked = isUpdateBlocked;
        IsName = isName;
        IsPrimaryKey = isPrimaryKey;
        IsCustom = isCustom;
        IsDynamic = isDynamic;
        DynamicFieldRef = dynamicFieldRef;
        UpdatedAt = updatedAt;
    }

    /// <summary>The field's API name, for example <c>Email</c>; the name to use in lead attributes.</summary>
    public string Name { get; }

    /// <summary>Marketo's description, or <see langword="null"/>.</summary>
    public string? Description { get; }

    /// <summary>The name the Marketo UI shows, or <see langword="null"/> when Marketo sent none.</summary>
    public string? DisplayName { get; }

    /// <summary>For a composite object, the object the field comes from (for example <c>Lead</c>); otherwise usually <see langword="null"/>.</summary>
    public string? SourceObject { get; }

    /// <summary>Marketo's data type, for example <c>string</c>, <c>integer</c>, <c>dateTime</c> or <c>Array</c>. The set is not documented; compare as text.</summary>
    public string DataType { get; }

    /// <summary>The most characters or digits the field holds, or <see langword="null"/> where that does not apply.</summary>
    public int? Size { get; }

    /// <summary>Whether the API cannot write the field.</summary>
    public bool IsReadonly { get; }

    /// <summary>Whether updates of the field are refused.</summary>
    public bool IsUpdateBlocked { get; }

    /// <summary>Whether the field is the object's name field, or <see langword="null"/> when Marketo sent none.</summary>
    public bool? IsName { get; }

    /// <summary>Whether the field is the object's primary key.</summary>
    public bool IsPrimaryKey { get; }

    /// <summary>Whether the field was added to the instance rather than built in.</summary>
    public bool IsCustom { get; }

    /// <summary>Marketo's <c>isDynamic</c> flag; its meaning is not documented.</summary>
    public bool IsDynamic { get; }

    /// <summary>Marketo's <c>dynamicFieldRef</c>, or <see langword="null"/>; its meaning is not documented.</summary>
    public string? DynamicFieldRef { get; }

    /// <summary>When the field's definition last changed.</summary>
    public DateTimeOffset UpdatedAt { get; }
}
