namespace Marketo.Soap.Models;

/// <summary>A link from an MObject to another object, by id or external key (an <c>mObjAssociation</c> on the wire).</summary>
public sealed record MObjectAssociation
{
    /// <summary>The linked object's type, for example <see cref="MObjectTypes.Company"/>.</summary>
    public required string Type { get; init; }

    /// <summary>The linked object's Marketo id, or <see langword="null"/> to link by <see cref="ExternalKey"/>.</summary>
    public int? Id { get; init; }

    /// <summary>The linked object's external key, or <see langword="null"/> to link by <see cref="Id"/>.</summary>
    public MObjectAttribute? ExternalKey { get; init; }
}
