using System.Xml.Linq;
using Marketo.Soap.Testing.Contract;

namespace Marketo.Soap.Testing.Operations;

/// <summary>getTags: the store's tag types other than the channel, each with its values (operations facts §9.2).</summary>
/// <remarks>
/// The <c>tagList</c> filter is ignored and every type is answered, as in Marketo's documented
/// sample, which asked for one type and got them all; types come in alphabetical order, values in
/// the order they were added (both emulator assumptions).
/// </remarks>
internal sealed class GetTagsOperation
{
    private readonly MarketoEmulatorStore _store;

    public GetTagsOperation(MarketoEmulatorStore store)
    {
        _store = store;
    }

    public XElement Execute(XElement parameters)
    {
        lock (_store.Gate)
        {
            var types = _store.TagTypesLocked
                .Where(t => !string.Equals(t.Key, MarketoEmulatorStore.ChannelTagType, StringComparison.OrdinalIgnoreCase))
                .OrderBy(t => t.Key, StringComparer.Ordinal);
            return new XElement(
                SoapNames.Mktows + "successGetTags",
                new XElement(
                    "result",
                    new XElement(
                        "tagList",
                        types.Select(t => new XElement(
                            "tag",
                            new XElement("type", t.Key),
                            new XElement("values", t.Value.Select(v => new XElement("stringItem", v))))))));
        }
    }
}
