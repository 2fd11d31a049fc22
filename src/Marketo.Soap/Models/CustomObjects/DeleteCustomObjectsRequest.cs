namespace Marketo.Soap.Models;

/// <summary>The input of one <c>deleteCustomObjects</c> call.</summary>
public sealed record DeleteCustomObjectsRequest
{
    /// <summary>
    /// The most records one call may name: 100. Marketo documents no limit for this operation;
    /// 100 is its limit for every other custom object call, and a longer call is refused here
    /// rather than cut short there.
    /// </summary>
    public const int MaxRecordsPerCall = 100;

    /// <summary>The custom object's API name, for example <c>RoadShow</c> (<c>objTypeName</c> on the wire).</summary>
    public required string ObjectTypeName { get; init; }

    /// <summary>
    /// One key per record to delete (a <c>keyList</c> each), each the record's key fields, between
    /// 1 and <see cref="MaxRecordsPerCall"/> of them. Results come back in the same order.
    /// </summary>
    public required IReadOnlyList<IReadOnlyList<CustomObjectField>> Keys { get; init; }
}
