namespace Marketo.Soap.Models;

/// <summary>A custom object record to write with <c>syncCustomObjects</c>.</summary>
public sealed record CustomObjectRecord
{
    /// <summary>
    /// The fields that identify the record (<c>customObjKeyList</c>): for objects made with the
    /// newer custom object editor, the dedupe fields only, often with the link to the lead
    /// (<c>MKTOID</c>); a link field that is not a dedupe field goes in <see cref="Attributes"/>.
    /// At least one.
    /// </summary>
    public required IReadOnlyList<CustomObjectField> Keys { get; init; }

    /// <summary>The other fields to write (<c>customObjAttributeList</c>); empty by default.</summary>
    public IReadOnlyList<CustomObjectField> Attributes { get; init; } = [];
}
