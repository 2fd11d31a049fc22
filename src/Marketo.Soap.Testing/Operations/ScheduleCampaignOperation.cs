using System.Xml;
using System.Xml.Linq;
using Marketo.Soap.Testing.Contract;
using Marketo.Soap.Testing.Soap;

namespace Marketo.Soap.Testing.Operations;

/// <summary>scheduleCampaign: schedules a program's campaign to run now or at <c>campaignRunAt</c> (operations facts §5.4), recorded as a <see cref="StoredCampaignRun"/>.</summary>
/// <remarks>Any stored campaign can be scheduled, and any time is accepted, past ones included: Marketo's limits are unknown.</remarks>
internal sealed class ScheduleCampaignOperation
{
    private readonly MarketoEmulatorStore _store;

    public ScheduleCampaignOperation(MarketoEmulatorStore store)
    {
        _store = store;
    }

    /// <exception cref="SoapFault">20113 when the program holds no such campaign.</exception>
    public XElement Execute(XElement parameters)
    {
        var programName = (string)parameters.Element("programName")!;
        var campaignName = (string)parameters.Element("campaignName")!;
        var runAt = WireValues.Text(parameters, "campaignRunAt") is { } at ? XmlConvert.ToDateTimeOffset(at.Trim()) : (DateTimeOffset?)null;
        var tokens = CampaignLookup.Tokens(parameters);

        lock (_store.Gate)
        {
            var campaign = CampaignLookup.ByNameLocked(_store, programName, campaignName);
            var now = _store.Clock.GetUtcNow();
            _store.AddCampaignRunLocked(new StoredCampaignRun
            {
                CampaignId = campaign.Id,
                Operation = "scheduleCampaign",
                Tokens = tokens,
                EffectiveTokens = CampaignLookup.EffectiveTokensLocked(_store, campaign, tokens),
                RequestedAt = now,
                RunAt = runAt ?? now,
            });

            return new XElement(SoapNames.Mktows + "successScheduleCampaign", new XElement("result", new XElement("success", true)));
        }
    }
}
