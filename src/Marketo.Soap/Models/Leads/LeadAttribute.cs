namespace Marketo.Soap.Models;

/// <summary>One field of a lead, sent as a name/value pair (an <c>attribute</c> on the wire).</summary>
/// <param name="Name">The field's API name as Marketo knows it, for example <c>Company</c> or <c>FirstName</c>. Case matters.</param>
/// <param name="Value">The value to write, as text.</param>
/// <remarks>
/// Marketo fails a call that names a field it does not know (error 20105), so use the API names
/// listed for your instance. To change a lead's email address, send <c>Email</c> here as well as
/// (or instead of) <see cref="LeadRecord.Email"/>: the key alone never changes it.
/// </remarks>
public sealed record LeadAttribute(string Name, string Value);
