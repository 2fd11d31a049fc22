using Marketo.Soap.Testing.Soap;

namespace Marketo.Soap.Testing.Operations;

/// <summary>Finds the campaign requestCampaign and scheduleCampaign name; callers hold the store's gate.</summary>
internal static class CampaignLookup
{
    /// <summary>The campaign named by program and campaign name, both matched ignoring case (an emulator assumption).</summary>
    /// <exception cref="SoapFault">20113 when there is none.</exception>
    public static StoredCampaign ByNameLocked(MarketoEmulatorStore store, string programName, string campaignName) =>
        store.CampaignsLocked.FirstOrDefault(c =>
            string.Equals(c.ProgramName, programName.Trim(), StringComparison.OrdinalIgnoreCase)
            && string.Equals(c.Name, campaignName.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw SoapFault.Marketo(20113, $"Campaign not found: no campaign {campaignName} in program {programName}");

    /// <summary>
    /// The tokens a run uses: the campaign's program's own tokens, then the request's overrides on top
    /// (operations facts §5.4: campaign tokens take precedence over the program's for that run only).
    /// </summary>
    public static IReadOnlyDictionary<string, string> EffectiveTokensLocked(MarketoEmulatorStore store, StoredCampaign campaign, IReadOnlyDictionary<string, string> overrides)
    {
        var tokens = new Dictionary<string, string>(store.FindProgramByNameLocked(campaign.ProgramName)?.Tokens ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        foreach (var (name, value) in overrides)
        {
            tokens[name] = value;
        }

        return tokens;
    }

    /// <summary>The program token overrides of a <c>programTokenList</c>, by full token name; a later duplicate wins.</summary>
    public static IReadOnlyDictionary<string, string> Tokens(System.Xml.Linq.XElement parameters) =>
        WireValues.Attribs(parameters, "programTokenList")
            .GroupBy(t => t.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);
}
