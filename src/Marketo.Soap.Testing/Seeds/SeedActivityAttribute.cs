namespace Marketo.Soap.Testing.Seeds;

/// <summary>One of a seeded activity's <c>activityAttributes</c>: a name and its text.</summary>
internal sealed record SeedActivityAttribute(string Name, string Value);
