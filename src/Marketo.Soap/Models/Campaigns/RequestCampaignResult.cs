namespace Marketo.Soap.Models;

/// <summary>The outcome of one <c>requestCampaign</c> call.</summary>
public sealed class RequestCampaignResult
{
    internal RequestCampaignResult(bool success) => Success = success;

    /// <summary>
    /// Whether Marketo accepted the request. Marketo reports no status per lead, and a refusal
    /// comes as a fault, so this is <see langword="true"/> in every answer seen so far.
    /// </summary>
    public bool Success { get; }
}
