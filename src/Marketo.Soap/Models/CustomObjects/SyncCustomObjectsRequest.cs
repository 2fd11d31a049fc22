namespace Marketo.Soap.Models;

/// <summary>The input of one <c>syncCustomObjects</c> call.</summary>
public sealed record SyncCustomObjectsRequest
{
    /// <summary>The most records one call may carry: 100, Marketo's limit.</summary>
    public const int MaxRecordsPerCall = 100;

    /// <summary>The custom object's API name, for example <c>RoadShow</c> (<c>objTypeName</c> on the wire).</summary>
    public required string ObjectTypeName { get; init; }

    /// <summary>
    /// How records that do or do not exist yet are treated. Always sent: the schema makes it
    /// optional, but Marketo's default when it is absent is not documented.
    /// </summary>
    public required CustomObjectSyncOperation Operation { get; init; }

    /// <summary>The records to write, between 1 and <see cref="MaxRecordsPerCall"/> of them. Results come back in the same order.</summary>
    public required IReadOnlyList<CustomObjectRecord> Records { get; init; }
}
