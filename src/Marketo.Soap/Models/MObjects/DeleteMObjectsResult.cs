namespace Marketo.Soap.Models;

/// <summary>The outcome of one <c>deleteMObjects</c> call.</summary>
public sealed class DeleteMObjectsResult
{
    internal DeleteMObjectsResult(IReadOnlyList<MObjectDeleteResult> results) => Results = results;

    /// <summary>One result per object, in request order. An object Marketo could not delete is a result, not an exception.</summary>
    public IReadOnlyList<MObjectDeleteResult> Results { get; }
}
