using System.Globalization;
using System.Xml.Linq;
using Marketo.Soap.Testing.Contract;

namespace Marketo.Soap.Testing.Operations;

/// <summary>getChannels: the store's program channels with their progression statuses (operations facts §9.1).</summary>
/// <remarks>
/// As in Marketo's sample: channels and their statuses in alphabetical order, each status as
/// <c>Status</c>, <c>Step</c>, the channel-specific pairs, then <c>Success</c>. With names in
/// <c>tag/values</c> only those channels are answered, matched ignoring case; an unknown name is
/// left out without a fault (Marketo's behaviour is unknown, an emulator assumption).
/// </remarks>
internal sealed class GetChannelsOperation
{
    private readonly MarketoEmulatorStore _store;

    public GetChannelsOperation(MarketoEmulatorStore store)
    {
        _store = store;
    }

    public XElement Execute(XElement parameters)
    {
        var names = parameters.Element("tag")?.Element("values")?.Elements("stringItem").Select(v => ((string)v).Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        lock (_store.Gate)
        {
            var channels = _store.ChannelsLocked.Where(c => names is null || names.Contains(c.Name)).OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase);
            return new XElement(
                SoapNames.Mktows + "successGetChannels",
                new XElement(
                    "result",
                    new XElement("tags", channels.Select(ToXml))));
        }
    }

    private static XElement ToXml(StoredChannel channel) => new(
        "tagStatus",
        new XElement("tagValue", channel.Name),
        new XElement(
            "statusList",
            channel.Statuses.OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase).Select(s => new XElement(
                "progressionStatusItem",
                new XElement(
                    "progressionStatus",
                    Attrib("Status", s.Name),
                    Attrib("Step", s.Step.ToString(CultureInfo.InvariantCulture)),
                    s.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => Attrib(a.Key, a.Value)),
                    Attrib("Success", s.Success ? "true" : "false"))))));

    private static XElement Attrib(string name, string value) => new("attrib", new XElement("name", name), new XElement("value", value));
}
