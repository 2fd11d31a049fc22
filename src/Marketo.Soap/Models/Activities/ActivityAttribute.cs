namespace Marketo.Soap.Models;

/// <summary>One detail of an activity, a name/value pair (an <c>attribute</c> in <c>activityAttributes</c> on the wire).</summary>
/// <param name="Name">The detail's display name, for example <c>Webpage URL</c>, <c>Old Value</c> or <c>New Value</c>.</param>
/// <param name="Value">The value as Marketo sent it; empty when Marketo sent an empty value.</param>
/// <remarks>Marketo sends no data type for activity details, so values are text.</remarks>
public sealed record ActivityAttribute(string Name, string Value);
