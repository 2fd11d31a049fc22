using System.Xml.Linq;
using Marketo.Soap.Testing.Contract;
using Marketo.Soap.Testing.Soap;

namespace Marketo.Soap.Testing.Operations;

/// <summary>getMultipleLeads: pages through the leads a selector chooses, by increasing id (operations facts §3.2).</summary>
/// <remarks>
/// A page continues after the last lead id of the previous one, so leads created while a client
/// pages are picked up at the end, and none is returned twice. Sorting by id is the emulator's
/// choice: Marketo's order is unknown.
/// </remarks>
internal sealed class GetMultipleLeadsOperation
{
    /// <summary>The largest page and the page when <c>batchSize</c> is absent (the default is the emulator's assumption).</summary>
    public const int MaxBatchSize = 1000;

    private readonly MarketoEmulatorStore _store;

    public GetMultipleLeadsOperation(MarketoEmulatorStore store)
    {
        _store = store;
    }

    /// <summary>Answers <c>paramsGetMultipleLeads</c> with one page in <c>successGetMultipleLeads</c>.</summary>
    /// <exception cref="SoapFault">
    /// 20022, 20109, 20111 for the selector; 20110 for a batch size below 1; 20122 for a position of
    /// another request or store; 20123 when a position has nothing left to read.
    /// </exception>
    public XElement Execute(XElement parameters)
    {
        var batchSize = Math.Min(WireValues.Int(parameters, "batchSize") ?? MaxBatchSize, MaxBatchSize);
        if (batchSize < 1)
        {
            throw SoapFault.Marketo(20110, "Input error: batchSize must be at least 1");
        }

        IReadOnlySet<string>? include = parameters.Element("includeAttributes") is { } names
            ? names.Elements("stringItem").Select(n => n.Value.Trim()).ToHashSet(StringComparer.Ordinal)
            : null;
        var position = WireValues.Text(parameters, "streamPosition") is { Length: > 0 } text && text.Trim().Length > 0
            ? LeadStreamPosition.Parse(text)
            : null;

        lock (_store.Gate)
        {
            // A resumed call keeps the window of its first page, as Marketo's position carries it.
            var windowEnd = position is { WindowEnd: > 0 } ? DateTimeOffset.FromUnixTimeSeconds(position.WindowEnd) : _store.Clock.GetUtcNow();
            var selection = LeadSelectorReader.ReadLocked(_store, parameters, windowEnd);
            var digest = LeadStreamPosition.Digest(selection.Fingerprint);
            if (position is not null)
            {
                Check(position, digest);
            }

            var after = position?.LastId ?? 0;
            var chosen = _store.LeadsLocked.Where(l => l.Id > after && selection.Matches(l));
            var page = chosen.Take(batchSize).ToList();
            if (position is not null && page.Count == 0)
            {
                throw SoapFault.Marketo(20123, "Stream at end: no leads remain after this position");
            }

            var remaining = page.Count == 0 ? 0 : chosen.Count(l => l.Id > page[^1].Id);
            var offset = (position?.Offset ?? 0) + page.Count;
            var next = remaining == 0
                ? string.Empty
                : new LeadStreamPosition(
                    page[^1].Id,
                    selection.WindowStart?.ToUnixTimeSeconds() ?? 0,
                    // Rounded up: the position keeps whole seconds, as Marketo's does, and a window
                    // end cut down to its second would drop the leads written later in that second.
                    selection.WindowEnd is { } end ? (end.ToUnixTimeMilliseconds() + 999) / 1000 : 0,
                    offset,
                    remaining,
                    digest,
                    _store.Generation).ToString();

            return new XElement(
                SoapNames.Mktows + "successGetMultipleLeads",
                new XElement(
                    "result",
                    new XElement("returnCount", page.Count),
                    new XElement("remainingCount", remaining),
                    new XElement("newStreamPosition", next),
                    new XElement("leadRecordList", page.Select(l => LeadRecordXml.Write(_store, l, include)))));
        }
    }

    private void Check(LeadStreamPosition position, string digest)
    {
        if (position.Generation != _store.Generation)
        {
            throw LeadStreamPosition.Bad("the store was reset after this position was handed out");
        }

        // Whether Marketo refuses a position sent with another selector is unknown; the emulator refuses it.
        if (!string.Equals(position.Selection, digest, StringComparison.Ordinal))
        {
            throw LeadStreamPosition.Bad("it belongs to a request with another leadSelector");
        }
    }
}
