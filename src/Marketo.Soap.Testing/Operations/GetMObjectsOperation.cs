using System.Xml.Linq;
using Marketo.Soap.Testing.Contract;
using Marketo.Soap.Testing.Soap;

namespace Marketo.Soap.Testing.Operations;

/// <summary>getMObjects: pages through the stored opportunities, roles or programs a selection chooses, 100 a page, by increasing id (operations facts §6.1).</summary>
/// <remarks>
/// <para>A page continues after the last id of the previous one, so objects created while a client
/// pages are picked up at the end and none is returned twice. Ordering by id is the emulator's
/// choice: Marketo's order is unknown.</para>
/// <para>Every page that returns objects carries a position, the last one too, as Marketo's sample
/// does with <c>hasMore</c> false; reading on from it finds nothing and gives 20123. A page with no
/// objects carries an empty position. <c>includeDetails</c> changes nothing: the emulator always
/// writes every attrib it keeps (what Marketo leaves out without it is undocumented).</para>
/// </remarks>
internal sealed class GetMObjectsOperation
{
    /// <summary>Marketo's fixed page size.</summary>
    public const int PageSize = 100;

    private readonly MarketoEmulatorStore _store;

    public GetMObjectsOperation(MarketoEmulatorStore store)
    {
        _store = store;
    }

    /// <summary>Answers <c>paramsGetMObjects</c> with one page in <c>successGetMObjects</c>.</summary>
    /// <exception cref="SoapFault">
    /// 20110 for the selection (see <see cref="MObjectSelection.Read"/>); 20122 for a position of
    /// another request or store, or one not sent back whole; 20123 when a position has nothing left to read.
    /// </exception>
    public XElement Execute(XElement parameters)
    {
        var selection = MObjectSelection.Read(parameters);
        var digest = MObjectStreamPosition.Digest(selection.Fingerprint());
        var position = WireValues.Text(parameters, "streamPosition") is { } text && text.Trim().Length > 0
            ? MObjectStreamPosition.Parse(text)
            : null;

        lock (_store.Gate)
        {
            if (position is not null && (position.Generation != _store.Generation || position.Type != selection.Type || position.Selection != digest))
            {
                throw MObjectStreamPosition.Bad(position.Generation != _store.Generation
                    ? "the store was reset after this position was handed out"
                    : "it belongs to a request with another type or selection");
            }

            var after = position?.LastId ?? 0;
            var chosen = Readable(selection.Type).Where(o => o.Id > after && selection.Matches(o)).ToList();
            var page = chosen.Take(PageSize).ToList();
            if (position is not null && page.Count == 0)
            {
                throw SoapFault.Marketo(20123, "Stream at end: no objects remain after this position");
            }

            var next = page.Count == 0 ? string.Empty : new MObjectStreamPosition(selection.Type, page[^1].Id, digest, _store.Generation).ToString();
            return new XElement(
                SoapNames.Mktows + "successGetMObjects",
                new XElement(
                    "result",
                    new XElement("returnCount", page.Count),
                    new XElement("hasMore", chosen.Count > page.Count ? "true" : "false"),
                    new XElement("newStreamPosition", next),
                    new XElement("mObjectList", page.Select(o => o.ToXml()))));
        }
    }

    private IEnumerable<ReadableMObject> Readable(string type) => type switch
    {
        "Opportunity" => _store.OpportunitiesLocked.Select(o => ReadableMObject.From(o, _store.RolesLocked)),
        "OpportunityPersonRole" => _store.RolesLocked.Select(r => ReadableMObject.From(r, _store.FindOpportunityLocked(r.OpportunityId))),
        _ => _store.ProgramsLocked.Select(ReadableMObject.From),
    };
}
