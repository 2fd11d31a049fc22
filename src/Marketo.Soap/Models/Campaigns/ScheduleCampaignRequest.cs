namespace Marketo.Soap.Models;

/// <summary>The input of one <c>scheduleCampaign</c> call: run a program's batch smart campaign now or later.</summary>
public sealed record ScheduleCampaignRequest
{
    /// <summary>The name of the program that holds the campaign.</summary>
    public required string ProgramName { get; init; }

    /// <summary>The batch campaign's name inside <see cref="ProgramName"/>.</summary>
    public required string CampaignName { get; init; }

    /// <summary>
    /// When the campaign runs. <see langword="null"/> (the default) runs it right away. Sent as UTC.
    /// </summary>
    public DateTimeOffset? RunAt { get; init; }

    /// <summary>Values for the program's My Tokens for this run only. Empty by default.</summary>
    public IReadOnlyList<ProgramToken> Tokens { get; init; } = [];
}
