namespace Marketo.Soap.Models;

/// <summary>The outcome of one <c>listOperation</c> call.</summary>
public sealed class ListOperationResult
{
    internal ListOperationResult(bool success, IReadOnlyList<ListMemberStatus> statuses)
    {
        Success = success;
        Statuses = statuses;
    }

    /// <summary>
    /// Whether the operation held for every lead: every lead added or removed, or, for
    /// <see cref="ListOperationType.IsMemberOfList"/>, every lead a member. One lead that is not
    /// on the list makes it <see langword="false"/>; <see cref="Statuses"/> says which.
    /// </summary>
    public bool Success { get; }

    /// <summary>
    /// One status per lead, each echoing the lead's key, when Marketo sent them; empty when it did
    /// not (a successful add sends none).
    /// </summary>
    public IReadOnlyList<ListMemberStatus> Statuses { get; }
}
