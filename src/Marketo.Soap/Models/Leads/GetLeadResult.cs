namespace Marketo.Soap.Models;

/// <summary>The outcome of one <c>getLead</c> call: every lead that matches the key, or none.</summary>
/// <remarks>
/// Marketo answers a key that matches no lead with fault 20103 ("Lead not found"); the client turns
/// that fault into a result with no leads, so asking whether a lead exists needs no exception
/// handling. Every other fault is still thrown.
/// </remarks>
public sealed class GetLeadResult
{
    internal GetLeadResult(IReadOnlyList<LeadRecord> leads) => Leads = leads;

    /// <summary>
    /// The matching leads with all their fields, in Marketo's order (one capture shows the
    /// highest id first); empty when no lead matches. Several leads can share one email address.
    /// </summary>
    public IReadOnlyList<LeadRecord> Leads { get; }

    /// <summary>Whether any lead matches the key.</summary>
    public bool Found => Leads.Count > 0;
}
