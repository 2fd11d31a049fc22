namespace Marketo.Soap.Models;

/// <summary>One field of a custom object record, a key field or a value field (an <c>attribute</c> on the wire).</summary>
/// <param name="Name">The field's API name, for example <c>MKTOID</c> or <c>city</c>.</param>
/// <param name="Value">The value, as text.</param>
public sealed record CustomObjectField(string Name, string Value);
