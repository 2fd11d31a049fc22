namespace Marketo.Soap.Models;

/// <summary>The input of one <c>mergeLeads</c> call: the lead that stays, and the leads merged into it.</summary>
public sealed record MergeLeadsRequest
{
    /// <summary>
    /// The keys that identify the winning lead, the one that remains. At least one; any key type
    /// but <see cref="LeadKeyType.Cookie"/>.
    /// </summary>
    public required IReadOnlyList<LeadKey> WinningLeadKeys { get; init; }

    /// <summary>
    /// One list of keys per losing lead, each identifying one lead to merge into the winner. At
    /// least one losing lead, each with at least one key; any key type but
    /// <see cref="LeadKeyType.Cookie"/>.
    /// </summary>
    /// <example><c>LosingLeadKeys = [[LeadKey.ById(15)], [LeadKey.ById(16)]]</c></example>
    public required IReadOnlyList<IReadOnlyList<LeadKey>> LosingLeadKeys { get; init; }
}
