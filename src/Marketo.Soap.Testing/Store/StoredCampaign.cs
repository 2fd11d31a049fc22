namespace Marketo.Soap.Testing;

/// <summary>A smart campaign in a <see cref="MarketoEmulatorStore"/>, which requestCampaign and scheduleCampaign run.</summary>
public sealed record StoredCampaign
{
    /// <summary>Marketo's id of the campaign.</summary>
    /// <value>When seeding, 0 (the default) lets the store assign the next free id; any other value must be unused.</value>
    public int Id { get; init; }

    /// <summary>The campaign's name, as getCampaignsForSource answers it and requestCampaign's <c>campaignName</c> names it.</summary>
    /// <value>Default empty.</value>
    public string Name { get; init; } = string.Empty;

    /// <summary>The campaign's description; empty for none.</summary>
    /// <value>Default empty.</value>
    public string Description { get; init; } = string.Empty;

    /// <summary>The name of the program holding the campaign, as requestCampaign's and scheduleCampaign's <c>programName</c> names it.</summary>
    /// <value>Default empty.</value>
    public string ProgramName { get; init; } = string.Empty;

    /// <summary>
    /// Where the campaign can be requested from: <c>MKTOWS</c> for a trigger campaign on "Campaign is
    /// Requested" from the Web Service API, <c>SALES</c> for one offered to Sales Insight. Empty for a batch campaign.
    /// </summary>
    /// <value>Default empty.</value>
    public IReadOnlyList<string> Sources { get; init; } = [];
}
