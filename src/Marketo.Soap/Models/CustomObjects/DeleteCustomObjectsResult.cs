namespace Marketo.Soap.Models;

/// <summary>The outcome of one <c>deleteCustomObjects</c> call.</summary>
public sealed class DeleteCustomObjectsResult
{
    internal DeleteCustomObjectsResult(IReadOnlyList<CustomObjectDeleteResult> results) => Results = results;

    /// <summary>One result per key, in request order. A record Marketo could not delete is a result, not an exception.</summary>
    public IReadOnlyList<CustomObjectDeleteResult> Results { get; }
}
