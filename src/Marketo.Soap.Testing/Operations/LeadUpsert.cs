using System.Collections.Immutable;
using System.Globalization;
using Marketo.Soap.Testing.Soap;

namespace Marketo.Soap.Testing.Operations;

/// <summary>Creates or updates one lead the way syncLead and syncMultipleLeads do; callers hold the store's gate.</summary>
/// <remarks>
/// Matching follows the documented precedence (contract facts §2.7): <c>Id</c>, then
/// <c>ForeignSysPersonId</c>, then <c>Email</c> when deduplication is on.
/// </remarks>
internal sealed class LeadUpsert
{
    private const string EmailField = "Email";

    // What the emulator writes as a change's reason and source; Marketo's wording for API changes is not recorded.
    private const string WebServiceApi = "Web service API";

    private readonly MarketoEmulatorStore _store;

    public LeadUpsert(MarketoEmulatorStore store)
    {
        _store = store;
    }

    /// <summary>
    /// Fails the whole call with 20105 when a record names an unknown field, before anything is
    /// written: captured for syncLead; that syncMultipleLeads does the same rather than failing only
    /// the record is an emulator assumption.
    /// </summary>
    public void RefuseUnknownFieldsLocked(IEnumerable<LeadInput> records, string operation)
    {
        var unknown = records.SelectMany(r => r.Attributes).Select(a => a.Name)
            .Where(name => !_store.IsKnownLeadFieldLocked(name))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (unknown.Count > 0)
        {
            throw SoapFault.Marketo(20105, operation + " operation failed: unknown fields for import: " + string.Join(", ", unknown));
        }
    }

    public LeadSyncOutcome SyncLocked(LeadInput input, bool dedup)
    {
        if (input.ForeignSysPersonId is not null && input.ForeignSysType is null && input.Id is null)
        {
            return LeadSyncOutcome.Failed("ForeignSysType is required when ForeignSysPersonId is given");
        }

        // With an Id, Marketo answered a record without ForeignSysType UPDATED (contract facts §8): the
        // lead is found by its Id, and the foreign id, having no system to belong to, is not stored.
        var foreignId = input.ForeignSysPersonId is { } id && input.ForeignSysType is { } type ? new ForeignPersonId(type, id) : null;

        if (input.Id is { } leadId)
        {
            return _store.FindLeadLocked(leadId) is { } byId
                ? LeadSyncOutcome.Updated(Update(byId, input, foreignId))
                : LeadSyncOutcome.Failed(string.Create(CultureInfo.InvariantCulture, $"Lead not found: no lead has Id {leadId}"));
        }

        if (foreignId is not null)
        {
            // With a foreign id the email is not a match key (facts §2.7), so an unmatched foreign id creates a lead.
            return _store.FindLeadByForeignIdLocked(foreignId) is { } byForeignId
                ? LeadSyncOutcome.Updated(Update(byForeignId, input, foreignId))
                : LeadSyncOutcome.Created(Create(input, foreignId));
        }

        if (input.Email is null)
        {
            return LeadSyncOutcome.Failed("Lead key required: a lead record needs Id, Email or ForeignSysPersonId");
        }

        if (dedup && _store.FindNewestLeadByEmailLocked(input.Email) is { } byEmail)
        {
            return LeadSyncOutcome.Updated(Update(byEmail, input, null));
        }

        return LeadSyncOutcome.Created(Create(input, null));
    }

    private StoredLead Create(LeadInput input, ForeignPersonId? foreignId)
    {
        var lead = new StoredLead
        {
            Email = EmailAttribute(input) ?? input.Email,
            Attributes = ApplyAttributes(ImmutableDictionary.Create<string, string>(StringComparer.Ordinal), input),
        };
        var saved = _store.SaveLeadLocked(foreignId is null ? lead : lead with { ForeignPersonIds = [foreignId] });
        _store.Activities.Add(saved.Id, _store.Clock.GetUtcNow(), ActivityTypeNames.NewLead, null, ("Source Type", WebServiceApi), ("Lead ID", Id(saved.Id)));
        return saved;
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

        LogChanges(lead, updated);
        return _store.SaveLeadLocked(updated);
    }

    /// <summary>One Change Data Value per field whose value changed, with old and new values (operations facts §3.4).</summary>
    private void LogChanges(StoredLead before, StoredLead after)
    {
        var at = _store.Clock.GetUtcNow();
        var changes = after.Attributes
            .Where(a => !string.Equals(before.Attributes.GetValueOrDefault(a.Key), a.Value, StringComparison.Ordinal))
            .Select(a => (Name: a.Key, Old: before.Attributes.GetValueOrDefault(a.Key), New: a.Value))
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
        if (!string.Equals(before.Email, after.Email, StringComparison.Ordinal))
        {
            changes.Insert(0, (EmailField, before.Email, after.Email ?? string.Empty));
        }

        foreach (var (name, old, value) in changes)
        {
            _store.Activities.Add(
                before.Id,
                at,
                ActivityTypeNames.ChangeDataValue,
                name,
                ("Attribute Name", name),
                ("Old Value", old ?? string.Empty),
                ("New Value", value),
                ("Reason", WebServiceApi),
                ("Source", WebServiceApi),
                ("Lead ID", Id(before.Id)));
        }
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

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
}
