using System.Xml.Linq;
using Marketo.Soap.Testing.Contract;
using Marketo.Soap.Testing.Soap;

namespace Marketo.Soap.Testing.Operations;

/// <summary>requestCampaign: runs leads through a requestable campaign (operations facts §5.3), recorded as a <see cref="StoredCampaignRun"/>.</summary>
/// <remarks>Keys that match no lead are skipped without a fault: Marketo's behaviour is unknown, this is the emulator's choice.</remarks>
internal sealed class RequestCampaignOperation
{
    /// <summary>Lead keys after the first 100 are ignored without a fault (operations facts §5.3).</summary>
    public const int MaxLeadKeys = 100;

    private readonly MarketoEmulatorStore _store;

    public RequestCampaignOperation(MarketoEmulatorStore store)
    {
        _store = store;
    }

    /// <exception cref="SoapFault">
    /// 20110 for any parameters but <c>campaignId</c> alone or <c>programName</c> with <c>campaignName</c>;
    /// 20113 for a campaign that does not exist or cannot be requested from the source.
    /// </exception>
    public XElement Execute(XElement parameters)
    {
        var source = ((string)parameters.Element("source")!).Trim();
        var campaignId = WireValues.Int(parameters, "campaignId");
        var programName = WireValues.Text(parameters, "programName");
        var campaignName = WireValues.Text(parameters, "campaignName");
        var tokens = CampaignLookup.Tokens(parameters);
        var byId = campaignId is not null && programName is null && campaignName is null && tokens.Count == 0;
        var byName = campaignId is null && programName is not null && campaignName is not null;
        if (!byId && !byName)
        {
            throw SoapFault.Marketo(20110, "Input error: send campaignId alone, or programName and campaignName with optional programTokenList");
        }

        var keys = (parameters.Element("leadList")?.Elements("leadKey") ?? []).Take(MaxLeadKeys).ToList();

        lock (_store.Gate)
        {
            var campaign = byId
                ? _store.FindCampaignLocked(campaignId!.Value) ?? throw SoapFault.Marketo(20113, $"Campaign not found: no campaign has id {campaignId}")
                : CampaignLookup.ByNameLocked(_store, programName!, campaignName!);
            if (!campaign.Sources.Contains(source, StringComparer.Ordinal))
            {
                throw SoapFault.Marketo(20113, $"Campaign not found: campaign {campaign.Id} cannot be requested from {source}");
            }

            var leadIds = keys
                .SelectMany(k => LeadKeys.FindLocked(_store, (string)k.Element("keyType")!, (string)k.Element("keyValue")!))
                .Select(l => l.Id)
                .Distinct()
                .ToList();
            var now = _store.Clock.GetUtcNow();
            foreach (var leadId in leadIds)
            {
                _store.Activities.Add(leadId, now, ActivityTypeNames.RequestCampaign, campaign.Name, ("Source", source));
            }

            _store.AddCampaignRunLocked(new StoredCampaignRun
            {
                CampaignId = campaign.Id,
                Operation = "requestCampaign",
                Source = source,
                LeadIds = leadIds,
                Tokens = tokens,
                EffectiveTokens = CampaignLookup.EffectiveTokensLocked(_store, campaign, tokens),
                RequestedAt = now,
                RunAt = now,
            });

            return new XElement(SoapNames.Mktows + "successRequestCampaign", new XElement("result", new XElement("success", true)));
        }
    }
}
