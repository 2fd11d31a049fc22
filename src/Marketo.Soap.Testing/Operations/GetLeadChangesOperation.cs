using System.Xml.Linq;
using Marketo.Soap.Testing.Contract;
using Marketo.Soap.Testing.Soap;

namespace Marketo.Soap.Testing.Operations;

/// <summary>getLeadChanges: activities across leads, oldest first, narrowed by a lead selector and filters (operations facts §3.4).</summary>
internal sealed class GetLeadChangesOperation
{
    /// <summary>The largest page (the docs say 1,000); the page when <c>batchSize</c> is absent is 100, as clients use (an assumption).</summary>
    public const int MaxBatchSize = 1000;

    private const int DefaultBatchSize = 100;

    private readonly MarketoEmulatorStore _store;

    public GetLeadChangesOperation(MarketoEmulatorStore store)
    {
        _store = store;
    }

    /// <exception cref="SoapFault">
    /// 20110 for a key selector over 100 keys (unlike getMultipleLeads, which ignores the extra) or a
    /// batch below 1; the selector's faults; 20122 for a foreign or stale position; 20123 when nothing is left after it.
    /// </exception>
    public XElement Execute(XElement parameters)
    {
        var batchSize = ActivityPage.BatchSize(parameters, MaxBatchSize, DefaultBatchSize);
        var filter = ActivityTypeNames.Filter(parameters);
        if (parameters.Element("leadSelector")?.Element("keyValues")?.Elements("stringItem").Count() > LeadSelectorReader.MaxKeys)
        {
            throw SoapFault.Marketo(20110, $"Input error: a LeadKeySelector may hold at most {LeadSelectorReader.MaxKeys} keys");
        }

        lock (_store.Gate)
        {
            var now = _store.Clock.GetUtcNow();
            var selection = parameters.Element("leadSelector") is null ? null : LeadSelectorReader.ReadLocked(_store, parameters, now);
            var position = ActivityStreamPosition.Read(parameters.Element("startPosition"), _store.Activities);
            var chosen = _store.Activities.All
                .Where(a => position.AfterId is not { } after || a.Id > after)
                .Where(a => position.Admits(a) && filter(a.ActivityType))
                .Where(a => selection is null || (_store.FindLeadLocked(a.LeadId) is { } lead && selection.Matches(lead)));
            var page = ActivityPage.Take(chosen, batchSize, position);

            return new XElement(
                SoapNames.Mktows + "successGetLeadChanges",
                new XElement(
                    "result",
                    new XElement("returnCount", page.Records.Count),
                    new XElement("remainingCount", page.Remaining),
                    position.Next("newStartPosition", page.LastId),
                    new XElement("leadChangeRecordList", page.Records.Select(ActivityRecordXml.Change))));
        }
    }
}
