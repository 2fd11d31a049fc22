using System.Xml.Linq;
using Marketo.Soap.Testing.Contract;

namespace Marketo.Soap.Testing.Operations;

/// <summary>getCampaignsForSource: the campaigns a source may request, filtered by name (operations facts §5.2).</summary>
/// <remarks>
/// Sorted by name, then id, as the documented sample is. The name filter ignores case, and nothing
/// matching gives <c>returnCount</c> 0 with an empty list: both the emulator's assumptions.
/// </remarks>
internal sealed class GetCampaignsForSourceOperation
{
    private readonly MarketoEmulatorStore _store;

    public GetCampaignsForSourceOperation(MarketoEmulatorStore store)
    {
        _store = store;
    }

    public XElement Execute(XElement parameters)
    {
        var source = ((string)parameters.Element("source")!).Trim();
        var name = WireValues.Text(parameters, "name");
        var exact = WireValues.Boolean(parameters, "exactName") ?? false;

        lock (_store.Gate)
        {
            var campaigns = _store.CampaignsLocked
                .Where(c => c.Sources.Contains(source, StringComparer.Ordinal) && Matches(c.Name, name, exact))
                .OrderBy(c => c.Name, StringComparer.Ordinal)
                .ThenBy(c => c.Id)
                .ToList();
            return new XElement(
                SoapNames.Mktows + "successGetCampaignsForSource",
                new XElement(
                    "result",
                    new XElement("returnCount", campaigns.Count),
                    new XElement(
                        "campaignRecordList",
                        campaigns.Select(c => new XElement("campaignRecord", new XElement("id", c.Id), new XElement("name", c.Name), new XElement("description", c.Description))))));
        }
    }

    private static bool Matches(string campaignName, string? filter, bool exact) =>
        filter is null
        || (exact
            ? string.Equals(campaignName, filter, StringComparison.OrdinalIgnoreCase)
            : campaignName.Contains(filter, StringComparison.OrdinalIgnoreCase));
}
