namespace Marketo.Soap.Models;

/// <summary>The input of one <c>deleteMObjects</c> call.</summary>
public sealed record DeleteMObjectsRequest
{
    /// <summary>The objects to delete, between 1 and <see cref="MaxObjectsPerCall"/>. Results come back in the same order.</summary>
    public required IReadOnlyList<MObjectReference> Objects { get; init; }

    /// <summary>
    /// The most objects one call may carry: 100. Marketo documents no limit for deletes; this is
    /// its limit for <c>syncMObjects</c>, the only MObject limit it states.
    /// </summary>
    public const int MaxObjectsPerCall = 100;
}
