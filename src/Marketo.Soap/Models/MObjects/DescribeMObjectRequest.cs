namespace Marketo.Soap.Models;

/// <summary>The input of one <c>describeMObject</c> call.</summary>
public sealed record DescribeMObjectRequest
{
    /// <summary>
    /// The object to describe, as <see cref="IMarketoSoapClient.ListMObjectsAsync"/> names it:
    /// Marketo documents <c>LeadRecord</c>, <c>ActivityRecord</c>, <c>Opportunity</c> and
    /// <c>OpportunityPersonRole</c> (not <c>Program</c>). Case matters.
    /// </summary>
    public required string ObjectName { get; init; }
}
