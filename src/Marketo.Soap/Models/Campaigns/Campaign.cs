namespace Marketo.Soap.Models;

/// <summary>One smart campaign as <c>getCampaignsForSource</c> lists it (<c>CampaignRecord</c> on the wire).</summary>
public sealed record Campaign
{
    internal Campaign(int id, string name, string description)
    {
        Id = id;
        Name = name;
        Description = description;
    }

    /// <summary>Marketo's id of the campaign, for <see cref="RequestCampaignRequest.CampaignId"/>.</summary>
    public int Id { get; }

    /// <summary>The campaign's name, which Marketo gives as <c>Program.Campaign</c>.</summary>
    public string Name { get; }

    /// <summary>The campaign's description; empty when it has none.</summary>
    public string Description { get; }
}
