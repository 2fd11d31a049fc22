namespace Marketo.Soap.Models;

/// <summary>A name/value pair of an MObject (an <c>attrib</c> on the wire), also used for external keys.</summary>
/// <param name="Name">The field's name, for example <c>Amount</c>. Case matters.</param>
/// <param name="Value">The value, as text.</param>
public sealed record MObjectAttribute(string Name, string Value);
