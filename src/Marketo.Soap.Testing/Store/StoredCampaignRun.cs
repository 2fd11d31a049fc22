using System.Collections.Immutable;

namespace Marketo.Soap.Testing;

/// <summary>A campaign run a call asked for: what requestCampaign or scheduleCampaign left in a <see cref="MarketoEmulatorStore"/>.</summary>
/// <remarks>The emulator runs no flows: a test reads the runs to see what would have been sent or done.</remarks>
public sealed record StoredCampaignRun
{
    /// <summary>The campaign's id.</summary>
    public int CampaignId { get; init; }

    /// <summary>The operation that asked: <c>requestCampaign</c> or <c>scheduleCampaign</c>.</summary>
    /// <value>Default empty.</value>
    public string Operation { get; init; } = string.Empty;

    /// <summary>The request's <c>source</c> (<c>MKTOWS</c> or <c>SALES</c>); null for scheduleCampaign, which has none.</summary>
    public string? Source { get; init; }

    /// <summary>The leads requested, in request order; empty for a scheduled batch campaign, which chooses its own.</summary>
    /// <value>Default empty.</value>
    public IReadOnlyList<int> LeadIds { get; init; } = [];

    /// <summary>The program token overrides sent, by full token name, for example <c>{{my.message}}</c>.</summary>
    /// <value>Default empty.</value>
    public IReadOnlyDictionary<string, string> Tokens { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>
    /// The tokens the run uses: the campaign's program's own <see cref="StoredProgram.Tokens"/> with
    /// <see cref="Tokens"/> on top, since a request's overrides take precedence over the program's tokens for that run.
    /// </summary>
    /// <value>Default empty. Empty too when the campaign's program is not in the store and nothing was overridden.</value>
    public IReadOnlyDictionary<string, string> EffectiveTokens { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>When the run was asked for, by the emulator's clock.</summary>
    public DateTimeOffset RequestedAt { get; init; }

    /// <summary>When the campaign is to run: scheduleCampaign's <c>campaignRunAt</c>, else the time of the request.</summary>
    public DateTimeOffset RunAt { get; init; }
}
