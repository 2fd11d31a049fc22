namespace Marketo.Soap.Models;

/// <summary>The input of one <c>listOperation</c> call: add leads to a static list, remove them, or ask whether they are on it.</summary>
/// <remarks>
/// Works on static lists of the lead database; lists inside programs are filled with importToList.
/// </remarks>
public sealed record ListOperationRequest
{
    /// <summary>What to do with the leads.</summary>
    public required ListOperationType Operation { get; init; }

    /// <summary>The static list, usually <see cref="ListKey.ByName"/>.</summary>
    public required ListKey List { get; init; }

    /// <summary>
    /// The leads, between 1 and <see cref="MaxLeadsPerCall"/>, each keyed by Marketo's lead id
    /// (<see cref="LeadKey.ById"/>): Marketo's documentation of this operation takes no other key
    /// type, so other types are refused before sending.
    /// </summary>
    public required IReadOnlyList<LeadKey> Leads { get; init; }

    /// <summary>
    /// <see langword="true"/>: any lead that fails fails the whole call.
    /// <see langword="false"/>: Marketo does what it can and reports the rest lead by lead.
    /// <see langword="null"/> (the default) leaves the element out, and Marketo's default applies,
    /// which is not documented.
    /// </summary>
    public bool? Strict { get; init; }

    /// <summary>The most leads one call may carry: 1000.</summary>
    public const int MaxLeadsPerCall = 1000;
}
