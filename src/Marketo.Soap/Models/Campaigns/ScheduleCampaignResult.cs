namespace Marketo.Soap.Models;

/// <summary>The outcome of one <c>scheduleCampaign</c> call.</summary>
public sealed class ScheduleCampaignResult
{
    internal ScheduleCampaignResult(bool success) => Success = success;

    /// <summary>
    /// Whether Marketo scheduled the run. A refusal comes as a fault (for example 20113 when the
    /// campaign does not exist), so this is <see langword="true"/> in every answer seen so far.
    /// </summary>
    public bool Success { get; }
}
