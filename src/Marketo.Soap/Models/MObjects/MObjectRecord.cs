namespace Marketo.Soap.Models;

/// <summary>An object to write with <see cref="IMarketoSoapClient.SyncMObjectsAsync"/> (an <c>mObject</c> on the wire).</summary>
public sealed record MObjectRecord
{
    /// <summary>The object's type; see <see cref="MObjectTypes"/> for the documented ones.</summary>
    public required string Type { get; init; }

    /// <summary>Marketo's id of the object. Updates and upserts match on it; a program needs it.</summary>
    public int? Id { get; init; }

    /// <summary>A custom field that identifies the object in your system. Marketo echoes it in the result.</summary>
    public MObjectAttribute? ExternalKey { get; init; }

    /// <summary>The object's fields, in the order they are sent.</summary>
    public IReadOnlyList<MObjectAttribute> Attributes { get; init; } = [];

    /// <summary>Typed attribute groups, such as <see cref="MObjectTypeAttribute.ProgramCost"/>.</summary>
    public IReadOnlyList<MObjectTypeAttribute> TypeAttributes { get; init; } = [];

    /// <summary>Links to other objects, such as an opportunity's company.</summary>
    public IReadOnlyList<MObjectAssociation> Associations { get; init; } = [];
}
