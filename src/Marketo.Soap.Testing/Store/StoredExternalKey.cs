namespace Marketo.Soap.Testing;

/// <summary>An external key: a custom field's name and value (an <c>externalKey</c> <c>Attrib</c> on the wire).</summary>
/// <param name="Name">The custom field's name. Case matters.</param>
/// <param name="Value">The value in that field.</param>
public sealed record StoredExternalKey(string Name, string Value);
