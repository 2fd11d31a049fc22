using System.Xml.Linq;
using Marketo.Soap.Testing.Contract;
using Marketo.Soap.Testing.Soap;

namespace Marketo.Soap.Testing.Operations;

/// <summary>syncLead: upserts one lead (operations facts §4.1) and answers its status, with the lead when asked.</summary>
/// <remarks>
/// The <c>MktowsContextHeader</c> workspace and <c>marketoCookie</c> are accepted and not used: the
/// emulator has neither workspaces nor Munchkin cookies (an assumption). Deduplication by email is
/// always on, as for syncMultipleLeads' default.
/// </remarks>
internal sealed class SyncLeadOperation
{
    private readonly MarketoEmulatorStore _store;
    private readonly LeadUpsert _upsert;

    public SyncLeadOperation(MarketoEmulatorStore store)
    {
        _store = store;
        _upsert = new LeadUpsert(store);
    }

    /// <summary>Applies <c>paramsSyncLead</c> and answers <c>successSyncLead</c>.</summary>
    /// <exception cref="SoapFault">
    /// 20105 for an unknown field, failing the whole call (captured); 20101 for a record without a key
    /// and 20106 for any other record that cannot be synced: Marketo never showed a FAILED status from
    /// syncLead, so the emulator faults instead (an assumption).
    /// </exception>
    public XElement Execute(XElement parameters)
    {
        var input = LeadInput.Read(parameters.Element("leadRecord")!);
        // Stryker disable once Boolean : the schema requires returnLead (not nillable) and every request is validated against it first; the fallback is defensive.
        var returnLead = WireValues.Boolean(parameters, "returnLead") ?? false;

        lock (_store.Gate)
        {
            _upsert.RefuseUnknownFieldsLocked([input], "syncLead");
            var outcome = _upsert.SyncLocked(input, dedup: true);
            if (outcome.IsFailure)
            {
                var code = input.Id is null && input.Email is null && input.ForeignSysPersonId is null ? 20101 : 20106;
                throw SoapFault.Marketo(code, "syncLead operation failed: " + outcome.Error);
            }

            return new XElement(
                SoapNames.Mktows + "successSyncLead",
                new XElement(
                    "result",
                    new XElement("leadId", outcome.LeadId),
                    outcome.ToXml(),
                    returnLead ? LeadRecordXml.Write(_store, _store.FindLeadLocked(outcome.LeadId)!) : LeadRecordXml.Nil("leadRecord")));
        }
    }
}
