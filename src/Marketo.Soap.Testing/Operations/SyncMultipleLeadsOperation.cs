using System.Globalization;
using System.Xml.Linq;
using Marketo.Soap.Testing.Soap;

namespace Marketo.Soap.Testing.Operations;

/// <summary>syncMultipleLeads: upserts each <c>leadRecord</c> in order and answers one <c>syncStatus</c> per record.</summary>
/// <remarks>
/// Records are applied one after another (<see cref="LeadUpsert"/>), so a later record sees what an
/// earlier one in the same call created.
/// </remarks>
internal sealed class SyncMultipleLeadsOperation
{
    private static readonly XName LeadRecordListName = "leadRecordList";
    private static readonly XName LeadRecordName = "leadRecord";

    private readonly MarketoEmulatorStore _store;
    private readonly LeadUpsert _upsert;
    private readonly int? _maxLeadsPerCall;

    public SyncMultipleLeadsOperation(MarketoEmulatorStore store, int? maxLeadsPerCall)
    {
        _store = store;
        _maxLeadsPerCall = maxLeadsPerCall;
        _upsert = new LeadUpsert(store);
    }

    /// <summary>Applies <c>paramsSyncMultipleLeads</c> to the store and answers <c>successSyncMultipleLeads</c>, as the whole answer's bytes.</summary>
    /// <exception cref="SoapFault">20110 for too many records; 20105 when a record names an unknown field, before anything is written.</exception>
    public byte[] Answer(XElement parameters) => SyncStatusListAnswer.Write(Apply(parameters));

    /// <summary>Applies <c>paramsSyncMultipleLeads</c> to the store: one outcome per record, in order.</summary>
    /// <exception cref="SoapFault">20110 for too many records; 20105 when a record names an unknown field, before anything is written.</exception>
    public List<LeadSyncOutcome> Apply(XElement parameters)
    {
        var records = new List<LeadInput>();
        foreach (var record in parameters.Element(LeadRecordListName)!.Elements(LeadRecordName))
        {
            records.Add(LeadInput.Read(record));
        }

        if (records.Count > _maxLeadsPerCall)
        {
            throw SoapFault.Marketo(20110, Invariant($"syncMultipleLeads operation failed: {records.Count} lead records exceed the limit of {_maxLeadsPerCall} per call"));
        }

        // Absent and nil both mean the documented default, true.
        var dedup = WireValues.Boolean(parameters, "dedupEnabled") ?? true;

        lock (_store.Gate)
        {
            _upsert.RefuseUnknownFieldsLocked(records, "syncMultipleLeads");
            var statuses = new List<LeadSyncOutcome>(records.Count);
            foreach (var record in records)
            {
                statuses.Add(_upsert.SyncLocked(record, dedup));
            }

            return statuses;
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
