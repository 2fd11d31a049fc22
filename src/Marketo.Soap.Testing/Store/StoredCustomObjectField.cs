namespace Marketo.Soap.Testing;

/// <summary>One field of a <see cref="StoredCustomObjectType"/>: its API name, data type, and whether it is a key.</summary>
public sealed record StoredCustomObjectField
{
    /// <summary>The field's API name, for example <c>MKTOID</c>, <c>vin</c> or <c>city</c>. Case-sensitive.</summary>
    public required string Name { get; init; }

    /// <summary>
    /// The data type values must have: <c>string</c> (the default), <c>text</c>, <c>email</c>,
    /// <c>phone</c>, <c>url</c>, <c>integer</c>, <c>float</c>, <c>currency</c>, <c>boolean</c>,
    /// <c>date</c> (<c>yyyy-MM-dd</c>) or <c>datetime</c> (ISO 8601).
    /// </summary>
    public string DataType { get; init; } = "string";

    /// <summary>
    /// Whether the field identifies a record (a dedupe field, or the link to the lead when it is
    /// part of the key): key fields go in <c>customObjKeyList</c>, the others in <c>customObjAttributeList</c>.
    /// </summary>
    public bool IsKey { get; init; }
}
