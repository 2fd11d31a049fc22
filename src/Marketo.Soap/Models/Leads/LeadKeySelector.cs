namespace Marketo.Soap.Models;

/// <summary>Chooses leads by a list of keys of one type (<c>LeadKeySelector</c> on the wire).</summary>
/// <remarks>
/// Marketo reads at most <see cref="MaxKeys"/> keys: <c>getMultipleLeads</c> silently ignores the
/// rest, and <c>getLeadChanges</c> fails the call. The client therefore refuses more before sending.
/// </remarks>
public sealed record LeadKeySelector : LeadSelector
{
    /// <summary>The most keys one selector may carry: 100.</summary>
    public const int MaxKeys = 100;

    /// <summary>What every value in <see cref="Values"/> is, for example <see cref="LeadKeyType.Email"/>.</summary>
    public required LeadKeyType KeyType { get; init; }

    /// <summary>The keys, between 1 and <see cref="MaxKeys"/> of them (<c>keyValues</c> on the wire).</summary>
    public required IReadOnlyList<string> Values { get; init; }
}
