namespace Marketo.Soap.Models;

/// <summary>What an <c>importToList</c> call does with the leads its rows name (<c>ImportToListModeEnum</c> on the wire).</summary>
public enum ImportListMode
{
    /// <summary>
    /// Creates or updates a lead for each row, then adds it to the list (<c>UPSERTLEADS</c>), as a
    /// list import in Marketo's user interface does.
    /// </summary>
    UpsertLeads,

    /// <summary>
    /// Adds leads to the list only (<c>LISTONLY</c>). Marketo does not document it further; it
    /// probably adds existing leads without creating or changing any.
    /// </summary>
    ListOnly,
}
