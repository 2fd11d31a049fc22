namespace Marketo.Soap.Models;

/// <summary>How <c>syncMObjects</c> treats objects that do or do not exist yet (<c>operation</c> on the wire).</summary>
public enum MObjectOperation
{
    /// <summary>Create new objects and update existing ones, matched by id (<c>UPSERT</c>).</summary>
    Upsert,

    /// <summary>
    /// Create new objects and skip existing ones (<c>INSERT</c>). Not safe to repeat: an insert
    /// that reached Marketo and is sent again can create duplicates.
    /// </summary>
    Insert,

    /// <summary>Update existing objects, matched by id, and skip new ones (<c>UPDATE</c>). The only operation a <see cref="MObjectTypes.Program"/> accepts.</summary>
    Update,
}
