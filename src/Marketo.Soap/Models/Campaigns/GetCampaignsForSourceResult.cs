namespace Marketo.Soap.Models;

/// <summary>The outcome of one <c>getCampaignsForSource</c> call.</summary>
public sealed class GetCampaignsForSourceResult
{
    internal GetCampaignsForSourceResult(IReadOnlyList<Campaign> campaigns) => Campaigns = campaigns;

    /// <summary>The campaigns, in the order Marketo sent them; empty when none matched. There is no paging.</summary>
    public IReadOnlyList<Campaign> Campaigns { get; }
}
