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
        // A loop rather than a query: a 300-lead call names about 1,500 fields, nearly always all known.
        List<string>? unknown = null;
        foreach (var record in records)
        {
            for (var i = 0; i < record.Attributes.Count; i++)
            {
                var name = record.Attributes[i].Name;
                if (!_store.IsKnownLeadFieldLocked(name) && !(unknown ??= []).Contains(name, StringComparer.Ordinal))
                {
                    unknown.Add(name);
                }
            }
        }

        if (unknown is not null)
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

        LogChanges(lead, updated, input);
        return _store.SaveLeadLocked(updated);
    }

    /// <summary>One Change Data Value per field whose value changed, with old and new values, by field name (operations facts §3.4).</summary>
    private void LogChanges(StoredLead before, StoredLead after, LeadInput input)
    {
        // Only fields the record names can have changed; in a sync that repeats known values none
        // did, and then nothing is allocated.
        List<(string Name, string? Old, string New)>? changes = null;

        // Setting a field to the value it holds leaves an immutable dictionary as it was, so the same
        // instance means that no field changed.
        var anyField = !ReferenceEquals(before.Attributes, after.Attributes);
        for (var i = 0; anyField && i < input.Attributes.Count; i++)
        {
            var name = input.Attributes[i].Name;
            if (name == EmailField)
            {
                continue;
            }

            var old = before.Attributes.GetValueOrDefault(name);
            var value = after.Attributes[name];
            if (!string.Equals(old, value, StringComparison.Ordinal) && !Names(changes ??= [], name))
            {
                changes.Add((name, old, value));
            }
        }

        changes?.Sort((x, y) => string.CompareOrdinal(x.Name, y.Name));
        if (!string.Equals(before.Email, after.Email, StringComparison.Ordinal))
        {
            (changes ??= []).Insert(0, (EmailField, before.Email, after.Email ?? string.Empty));
        }

        if (changes is null)
        {
            return;
        }

        var at = _store.Clock.GetUtcNow();
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

    // A loop, not a lambda, so that a name that did not change costs no closure.
    private static bool Names(List<(string Name, string? Old, string New)> changes, string name)
    {
        foreach (var change in changes)
        {
            if (change.Name == name)
            {
                return true;
            }
        }

        return false;
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static ImmutableDictionary<string, string> ApplyAttributes(ImmutableDictionary<string, string> attributes, LeadInput input)
    {
        // Indexed, not foreach: the list is read through its interface, whose enumerator would be boxed for every lead.
        for (var i = 0; i < input.Attributes.Count; i++)
        {
            var (name, value) = input.Attributes[i];
            if (name != EmailField)
            {
                attributes = attributes.SetItem(name, value);
            }
        }

        return attributes;
    }

    private static string? EmailAttribute(LeadInput input)
    {
        string? email = null;
        for (var i = 0; i < input.Attributes.Count; i++)
        {
            var (name, value) = input.Attributes[i];
            if (name == EmailField)
            {
                email = value;
            }
        }

        return email;
    }
}
