namespace Marketo.Soap.Models;

/// <summary>The input of a <c>getCustomObjects</c> read, which Marketo answers a page at a time.</summary>
public sealed record GetCustomObjectsRequest
{
    /// <summary>The largest page Marketo serves: 100 records.</summary>
    public const int MaxBatchSize = 100;

    /// <summary>The custom object's API name, for example <c>RoadShow</c> (<c>objTypeName</c> on the wire).</summary>
    public required string ObjectTypeName { get; init; }

    /// <summary>
    /// The key fields every returned record must match, for example the lead link <c>MKTOID</c>
    /// alone, or with the object's own key (one <c>customObjKeyList</c> on the wire, not the
    /// <c>customObjKeyLists</c> Marketo's parameter table shows). At least one: what Marketo
    /// returns for no key at all is not documented.
    /// </summary>
    public required IReadOnlyList<CustomObjectField> Keys { get; init; }

    /// <summary>The value fields to return, by API name; empty (the default) returns every field.</summary>
    public IReadOnlyList<string> IncludeAttributes { get; init; } = [];

    /// <summary>Records per page, from 1 to <see cref="MaxBatchSize"/>; <see cref="MaxBatchSize"/> unless set.</summary>
    public int BatchSize { get; init; } = MaxBatchSize;
}
