using System.Xml.Linq;
using Marketo.Soap.Testing.Contract;
using Marketo.Soap.Testing.Soap;

namespace Marketo.Soap.Testing.Operations;

/// <summary>getLeadActivity: one lead's activities, newest first, in pages of at most 100 (operations facts §3.3).</summary>
/// <remarks>The answer is wrapped in <c>leadActivityList</c>, not <c>result</c>.</remarks>
internal sealed class GetLeadActivityOperation
{
    /// <summary>The largest page, and the page when <c>batchSize</c> is absent (the default is the emulator's assumption).</summary>
    public const int MaxBatchSize = 100;

    private readonly MarketoEmulatorStore _store;

    public GetLeadActivityOperation(MarketoEmulatorStore store)
    {
        _store = store;
    }

    /// <exception cref="SoapFault">20103 for no lead; 20110 for a batch below 1; 20122 for a foreign or stale position; 20123 when nothing is left after it.</exception>
    public XElement Execute(XElement parameters)
    {
        var key = parameters.Element("leadKey")!;
        var batchSize = ActivityPage.BatchSize(parameters, MaxBatchSize, MaxBatchSize);
        var filter = ActivityTypeNames.Filter(parameters);

        lock (_store.Gate)
        {
            // With several leads for one key (duplicate emails) the newest is read: an emulator assumption.
            var lead = LeadKeys.FindLocked(_store, (string)key.Element("keyType")!, (string)key.Element("keyValue")!).FirstOrDefault()
                ?? throw SoapFault.Marketo(20103, $"No lead found with {(string)key.Element("keyType")!} = {(string)key.Element("keyValue")!}");
            var position = ActivityStreamPosition.Read(parameters.Element("startPosition"), _store.Activities);
            var chosen = _store.Activities.All
                .Where(a => a.LeadId == lead.Id && position.Admits(a) && filter(a.ActivityType))
                .Reverse()
                .Where(a => position.AfterId is not { } after || a.Id < after);
            var page = ActivityPage.Take(chosen, batchSize, position);

            return new XElement(
                SoapNames.Mktows + "successGetLeadActivity",
                new XElement(
                    "leadActivityList",
                    new XElement("returnCount", page.Records.Count),
                    new XElement("remainingCount", page.Remaining),
                    position.Next("newStartPosition", page.LastId),
                    new XElement("activityRecordList", page.Records.Select(ActivityRecordXml.Activity))));
        }
    }
}
