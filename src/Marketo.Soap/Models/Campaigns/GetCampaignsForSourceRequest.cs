namespace Marketo.Soap.Models;

/// <summary>The input of one <c>getCampaignsForSource</c> call: which requestable campaigns to list.</summary>
public sealed record GetCampaignsForSourceRequest
{
    /// <summary>Who may request the campaigns. Default <see cref="CampaignSource.WebServiceApi"/>.</summary>
    public CampaignSource Source { get; init; } = CampaignSource.WebServiceApi;

    /// <summary>
    /// Lists only campaigns whose name contains this text (or equals it, with
    /// <see cref="ExactName"/>). <see langword="null"/> (the default) lists them all.
    /// </summary>
    public string? Name { get; init; }

    /// <summary>
    /// Whether <see cref="Name"/> must match the whole name. <see langword="null"/> (the default)
    /// leaves the element out.
    /// </summary>
    public bool? ExactName { get; init; }
}
