using System.Globalization;
using System.Xml.Linq;
using Marketo.Soap.Testing.Contract;
using Marketo.Soap.Testing.Soap;

namespace Marketo.Soap.Testing.Operations;

/// <summary>syncMultipleLeads: upserts each <c>leadRecord</c> in order and answers one <c>syncStatus</c> per record.</summary>
/// <remarks>
/// Records are applied one after another (<see cref="LeadUpsert"/>), so a later record sees what an
/// earlier one in the same call created.
/// </remarks>
internal sealed class SyncMultipleLeadsOperation
{
    private readonly MarketoEmulatorStore _store;
    private readonly LeadUpsert _upsert;
    private readonly int? _maxLeadsPerCall;

    public SyncMultipleLeadsOperation(MarketoEmulatorStore store, int? maxLeadsPerCall)
    {
        _store = store;
        _maxLeadsPerCall = maxLeadsPerCall;
        _upsert = new LeadUpsert(store);
    }

    /// <summary>Applies <c>paramsSyncMultipleLeads</c> to the store and returns <c>successSyncMultipleLeads</c>.</summary>
    /// <exception cref="SoapFault">20110 for too many records; 20105 when a record names an unknown field, before anything is written.</exception>
    public XElement Execute(XElement parameters)
    {
        var records = parameters.Element("leadRecordList")!.Elements("leadRecord").Select(LeadInput.Read).ToList();
        if (records.Count > _maxLeadsPerCall)
        {
            throw SoapFault.Marketo(20110, Invariant($"syncMultipleLeads operation failed: {records.Count} lead records exceed the limit of {_maxLeadsPerCall} per call"));
        }

        // Absent and nil both mean the documented default, true.
        var dedup = WireValues.Boolean(parameters, "dedupEnabled") ?? true;

        lock (_store.Gate)
        {
            _upsert.RefuseUnknownFieldsLocked(records, "syncMultipleLeads");
            var statuses = records.Select(r => _upsert.SyncLocked(r, dedup)).ToList();
            return new XElement(
                SoapNames.Mktows + "successSyncMultipleLeads",
                new XElement("result", new XElement("syncStatusList", statuses.Select(s => s.ToXml()))));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
