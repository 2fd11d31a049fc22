namespace Marketo.Soap.Models;

/// <summary>One condition of a <see cref="GetMObjectsRequest"/> (an <c>mObjCriteria</c> on the wire).</summary>
/// <param name="AttributeName">
/// The attribute compared, by Marketo's name with its spaces, for example <c>Name</c>, <c>Id</c>,
/// <c>Created At</c>, <c>Tag Type</c>, <c>Workspace Name</c>. Case matters.
/// </param>
/// <param name="Comparison">How the attribute is compared with <paramref name="Value"/>.</param>
/// <param name="Value">The value compared with, as text.</param>
public sealed record MObjectCriterion(string AttributeName, MObjectComparison Comparison, string Value);
