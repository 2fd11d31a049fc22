namespace Marketo.Soap.Models;

/// <summary>One field of a lead, a name/value pair (an <c>attribute</c> on the wire).</summary>
/// <param name="Name">The field's API name as Marketo knows it, for example <c>Company</c> or <c>FirstName</c>. Case matters.</param>
/// <param name="Value">The value, as text.</param>
/// <remarks>
/// Marketo fails a call that names a field it does not know (error 20105), so use the API names
/// listed for your instance. To change a lead's email address, send <c>Email</c> here as well as
/// (or instead of) <see cref="LeadRecord.Email"/>: the key alone never changes it.
/// </remarks>
public sealed record LeadAttribute(string Name, string Value)
{
    /// <summary>
    /// Marketo's data type of the field (<c>attrType</c> on the wire), for example <c>string</c>,
    /// <c>integer</c>, <c>float</c>, <c>boolean</c>, <c>date</c> or <c>datetime</c>, as a lead read
    /// back from Marketo carries it; <see langword="null"/> for an attribute that is only sent.
    /// </summary>
    /// <remarks>Sent when set; Marketo's own samples leave it out of requests.</remarks>
    public string? Type { get; init; }
}
