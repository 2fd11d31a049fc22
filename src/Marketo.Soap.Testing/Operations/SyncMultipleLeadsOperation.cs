using System.Collections.Immutable;
using System.Globalization;
using System.Xml.Linq;
using Marketo.Soap.Testing.Contract;
using Marketo.Soap.Testing.Soap;

namespace Marketo.Soap.Testing.Operations;

/// <summary>syncMultipleLeads: upserts each <c>leadRecord</c> in order and answers one <c>syncStatus</c> per record.</summary>
/// <remarks>
/// Matching follows the documented precedence (contract facts §2.7): <c>Id</c>, then
/// <c>ForeignSysPersonId</c>, then <c>Email</c> when deduplication is on. Records are applied one
/// after another, so a later record sees what an earlier one in the same call created.
/// </remarks>
internal sealed class SyncMultipleLeadsOperation
{
    private const string EmailField = "Email";

    private readonly MarketoEmulatorStore _store;
    private readonly int? _maxLeadsPerCall;

    public SyncMultipleLeadsOperation(MarketoEmulatorStore store, int? maxLeadsPerCall)
    {
        _store = store;
        _maxLeadsPerCall = maxLeadsPerCall;
    }

    /// <summary>Applies <c>paramsSyncMultipleLeads</c> to the store and returns <c>successSyncMultipleLeads</c>.</summary>
    /// <exception cref="SoapFault">20110 for too many records; 20105 when a record names an unknown field, before anything is written.</exception>
    public XElement Execute(XElement parameters)
    {
        var records = parameters.Element("leadRecordList")!.Elements("leadRecord").Select(Read).ToList();
        if (records.Count > _maxLeadsPerCall)
        {
            throw SoapFault.Marketo(20110, Invariant($"syncMultipleLeads operation failed: {records.Count} lead records exceed the limit of {_maxLeadsPerCall} per call"));
        }

        // Absent and nil both mean the documented default, true.
        var dedup = WireValues.Boolean(parameters, "dedupEnabled") ?? true;

        lock (_store.Gate)
        {
            RefuseUnknownFields(records);
            var statuses = records.Select(r => Sync(r, dedup)).ToList();
            return new XElement(
                SoapNames.Mktows + "successSyncMultipleLeads",
                new XElement("result", new XElement("syncStatusList", statuses.Select(ToXml))));
        }
    }

    private static LeadInput Read(XElement record) => new(
        WireValues.Int(record, "Id"),
        WireValues.Text(record, "Email"),
        WireValues.Text(record, "ForeignSysPersonId"),
        WireValues.Text(record, "ForeignSysType"),
        [.. (record.Element("leadAttributeList")?.Elements("attribute") ?? []).Select(a => ((string)a.Element("attrName")!, (string)a.Element("attrValue")!))]);

    /// <summary>
    /// syncLead fails the whole call with 20105 for an unknown field (captured); that
    /// syncMultipleLeads does the same rather than failing only the record is an emulator assumption.
    /// </summary>
    private void RefuseUnknownFields(List<LeadInput> records)
    {
        var unknown = records.SelectMany(r => r.Attributes).Select(a => a.Name)
            .Where(name => !_store.IsKnownLeadFieldLocked(name))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (unknown.Count > 0)
        {
            throw SoapFault.Marketo(20105, "syncMultipleLeads operation failed: unknown fields for import: " + string.Join(", ", unknown));
        }
    }

    private LeadStatus Sync(LeadInput input, bool dedup)
    {
        if (input.ForeignSysPersonId is not null && input.ForeignSysType is null && input.Id is null)
        {
            return LeadStatus.Failed("ForeignSysType is required when ForeignSysPersonId is given");
        }

        // With an Id, Marketo answered a record without ForeignSysType UPDATED (contract facts §8): the
        // lead is found by its Id, and the foreign id, having no system to belong to, is not stored.
        var foreignId = input.ForeignSysPersonId is { } id && input.ForeignSysType is { } type ? new ForeignPersonId(type, id) : null;

        if (input.Id is { } leadId)
        {
            return _store.FindLeadLocked(leadId) is { } byId
                ? LeadStatus.Updated(Update(byId, input, foreignId))
                : LeadStatus.Failed(Invariant($"Lead not found: no lead has Id {leadId}"));
        }

        if (foreignId is not null)
        {
            // With a foreign id the email is not a match key (facts §2.7), so an unmatched foreign id creates a lead.
            return _store.FindLeadByForeignIdLocked(foreignId) is { } byForeignId
                ? LeadStatus.Updated(Update(byForeignId, input, foreignId))
                : LeadStatus.Created(Create(input, foreignId));
        }

        if (input.Email is null)
        {
            return LeadStatus.Failed("Lead key required: a lead record needs Id, Email or ForeignSysPersonId");
        }

        if (dedup && input.Email is { } email && _store.FindNewestLeadByEmailLocked(email) is { } byEmail)
        {
            return LeadStatus.Updated(Update(byEmail, input, null));
        }

        return LeadStatus.Created(Create(input, null));
    }

    private StoredLead Create(LeadInput input, ForeignPersonId? foreignId)
    {
        var lead = new StoredLead
        {
            Email = EmailAttribute(input) ?? input.Email,
            Attributes = ApplyAttributes(ImmutableDictionary.Create<string, string>(StringComparer.Ordinal), input),
        };
        return _store.SaveLeadLocked(foreignId is null ? lead : lead with { ForeignPersonIds = [foreignId] });
    }

    private StoredLead Update(StoredLead lead, LeadInput input, ForeignPersonId? foreignId)
    {
        // The Email element is only a key: the address changes only through an Email attribute (facts §2.7).
        var updated = lead with
        {
            Email = EmailAttribute(input) ?? lead.Email,
            Attributes = ApplyAttributes(lead.Attributes.ToImmutableDictionary(StringComparer.Ordinal), input),
        };

        if (foreignId is not null && !lead.ForeignPersonIds.Contains(foreignId))
        {
            // A foreign id can be reassigned but never deleted: it moves from its old holder to this lead.
            if (_store.FindLeadByForeignIdLocked(foreignId) is { } holder)
            {
                _store.SaveLeadLocked(holder with { ForeignPersonIds = [.. holder.ForeignPersonIds.Where(f => f != foreignId)] });
            }

            updated = updated with { ForeignPersonIds = [.. lead.ForeignPersonIds, foreignId] };
        }

        return _store.SaveLeadLocked(updated);
    }

    private static ImmutableDictionary<string, string> ApplyAttributes(ImmutableDictionary<string, string> attributes, LeadInput input)
    {
        foreach (var (name, value) in input.Attributes.Where(a => a.Name != EmailField))
        {
            attributes = attributes.SetItem(name, value);
        }

        return attributes;
    }

    private static string? EmailAttribute(LeadInput input)
    {
        string? email = null;
        foreach (var (name, value) in input.Attributes)
        {
            if (name == EmailField)
            {
                email = value;
            }
        }

        return email;
    }

    private static XElement ToXml(LeadStatus status) => new(
        "syncStatus",
        new XElement("leadId", status.LeadId),
        new XElement("status", status.Status),
        status.Error is null
            ? new XElement("error", new XAttribute(SoapNames.Nil, true)) // as in the recorded answer, never left out
            : new XElement("error", status.Error));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record LeadInput(int? Id, string? Email, string? ForeignSysPersonId, string? ForeignSysType, IReadOnlyList<(string Name, string Value)> Attributes);

    private sealed record LeadStatus(int LeadId, string Status, string? Error)
    {
        public static LeadStatus Created(StoredLead lead) => new(lead.Id, "CREATED", null);

        public static LeadStatus Updated(StoredLead lead) => new(lead.Id, "UPDATED", null);

        // What leadId holds on a failure is undocumented; 0, which no lead has, is the emulator's choice.
        public static LeadStatus Failed(string error) => new(0, "FAILED", error);
    }
}
