namespace Marketo.Soap.Testing;

/// <summary>One period cost of a <see cref="StoredProgram"/>, as syncMObjects' <c>Cost</c> type attribute writes it.</summary>
public sealed record StoredProgramCost
{
    /// <summary>The cost's id, which a later <c>Cost</c> with an <c>Id</c> attrib changes.</summary>
    /// <value>When seeding, 0 (the default) lets the store assign the next free cost id.</value>
    public int Id { get; init; }

    /// <summary>The cost's month, as the first day of that month (the wire sends <c>2013-06</c>).</summary>
    public DateOnly Month { get; init; }

    /// <summary>The amount.</summary>
    public decimal Amount { get; init; }

    /// <summary>An optional note, or <see langword="null"/>.</summary>
    public string? Note { get; init; }
}
