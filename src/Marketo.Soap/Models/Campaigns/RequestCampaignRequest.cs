namespace Marketo.Soap.Models;

/// <summary>
/// The input of one <c>requestCampaign</c> call: leads to run through a smart campaign whose
/// trigger is "Campaign is Requested".
/// </summary>
/// <remarks>
/// Marketo takes exactly two ways to name the campaign: <see cref="CampaignId"/> alone, or
/// <see cref="ProgramName"/> with <see cref="CampaignName"/> (and then, optionally,
/// <see cref="Tokens"/>). Any other mix is refused before sending, because Marketo would answer
/// it with a bad-parameter fault.
/// </remarks>
public sealed record RequestCampaignRequest
{
    /// <summary>Who requests the campaign. Default <see cref="CampaignSource.WebServiceApi"/>.</summary>
    public CampaignSource Source { get; init; } = CampaignSource.WebServiceApi;

    /// <summary>The campaign's id (see <see cref="IMarketoSoapClient.GetCampaignsForSourceAsync"/>); give it alone.</summary>
    public int? CampaignId { get; init; }

    /// <summary>The name of the program that holds the campaign; give it with <see cref="CampaignName"/>.</summary>
    public string? ProgramName { get; init; }

    /// <summary>The campaign's name inside <see cref="ProgramName"/>.</summary>
    public string? CampaignName { get; init; }

    /// <summary>
    /// The leads to run through the campaign, between 1 and <see cref="MaxLeadsPerCall"/>, by any
    /// key type but <see cref="LeadKeyType.Cookie"/>.
    /// </summary>
    public required IReadOnlyList<LeadKey> Leads { get; init; }

    /// <summary>
    /// Values for the program's My Tokens for this run; only with <see cref="ProgramName"/> and
    /// <see cref="CampaignName"/>. Empty by default.
    /// </summary>
    public IReadOnlyList<ProgramToken> Tokens { get; init; } = [];

    /// <summary>
    /// The most lead keys one call may carry: 100. Marketo silently ignores keys beyond it, so a
    /// longer list is refused rather than partly run.
    /// </summary>
    public const int MaxLeadsPerCall = 100;
}
