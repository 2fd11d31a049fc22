namespace Marketo.Soap.Models;

/// <summary>What a <c>listOperation</c> call does with its leads (<c>ListOperationType</c> on the wire).</summary>
public enum ListOperationType
{
    /// <summary>Adds the leads to the list (<c>ADDTOLIST</c>).</summary>
    AddToList,

    /// <summary>Asks, lead by lead, whether each is on the list (<c>ISMEMBEROFLIST</c>); changes nothing.</summary>
    IsMemberOfList,

    /// <summary>Removes the leads from the list (<c>REMOVEFROMLIST</c>).</summary>
    RemoveFromList,
}
