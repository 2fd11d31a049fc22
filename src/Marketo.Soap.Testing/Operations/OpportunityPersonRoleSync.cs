using System.Collections.Immutable;
using System.Globalization;

namespace Marketo.Soap.Testing.Operations;

/// <summary>
/// syncMObjects for <c>OpportunityPersonRole</c>: a lead's role on an opportunity (contract facts §2.7).
/// </summary>
/// <remarks>
/// The links come from the <c>OpportunityId</c> and <c>PersonId</c> attribs, or from <c>Opportunity</c>
/// and <c>Lead</c> associations by id or external key; an association overrides the attrib. A lead's
/// external key is one of its fields. A role is found by id, or else by its opportunity and lead
/// together (an emulator assumption: one role per lead and opportunity).
/// </remarks>
internal sealed class OpportunityPersonRoleSync
{
    private const string OpportunityIdField = "OpportunityId";
    private const string PersonIdField = "PersonId";
    private const string OpportunityType = "Opportunity";
    private const string LeadType = "Lead";

    private readonly MarketoEmulatorStore _store;

    public OpportunityPersonRoleSync(MarketoEmulatorStore store) => _store = store;

    public MObjectOutcome Sync(MObjectInput input, SyncMode mode)
    {
        var requestedId = input.Id ?? 0;
        if (input.ExternalKey is not null)
        {
            return MObjectOutcome.Failed(requestedId, "OpportunityPersonRole cannot carry an externalKey");
        }

        if (!TryResolveLinks(input, out var opportunityId, out var personId, out var error))
        {
            return MObjectOutcome.Failed(requestedId, error);
        }

        var fields = input.Attribs.Where(a => a.Name is not (OpportunityIdField or PersonIdField)).ToList();
        var existing = input.Id is { } id
            ? _store.FindRoleLocked(id)
            : opportunityId is { } o && personId is { } p ? _store.FindRoleLocked(o, p) : null;

        if (existing is null)
        {
            if (mode == SyncMode.Update)
            {
                return MObjectOutcome.Skipped(requestedId);
            }

            if (opportunityId is null || personId is null)
            {
                return MObjectOutcome.Failed(requestedId, "OpportunityId and PersonId are required");
            }

            var created = _store.SaveRoleLocked(new StoredOpportunityPersonRole
            {
                OpportunityId = opportunityId.Value,
                PersonId = personId.Value,
                Attributes = AttribMerge.Into(ImmutableDictionary.Create<string, string>(StringComparer.Ordinal), fields),
            });
            return MObjectOutcome.Created(created.Id);
        }

        if (mode == SyncMode.Insert)
        {
            return MObjectOutcome.Skipped(existing.Id);
        }

        _store.SaveRoleLocked(existing with
        {
            OpportunityId = opportunityId ?? existing.OpportunityId,
            PersonId = personId ?? existing.PersonId,
            Attributes = AttribMerge.Into(existing.Attributes.ToImmutableDictionary(StringComparer.Ordinal), fields),
        });
        return MObjectOutcome.Updated(existing.Id);
    }

    /// <summary>Finds the opportunity and the lead the role names; each must exist when named.</summary>
    private bool TryResolveLinks(MObjectInput input, out int? opportunityId, out int? personId, out string error)
    {
        opportunityId = null;
        personId = null;
        error = string.Empty;

        foreach (var attrib in input.Attribs.Where(a => a.Name is OpportunityIdField or PersonIdField))
        {
            if (!int.TryParse(attrib.Value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var linked))
            {
                error = $"{attrib.Name} '{attrib.Value}' is not an id";
                return false;
            }

            if (attrib.Name == OpportunityIdField)
            {
                opportunityId = linked;
            }
            else
            {
                personId = linked;
            }
        }

        foreach (var association in input.Associations)
        {
            if (association.Type is not (OpportunityType or LeadType))
            {
                error = $"OpportunityPersonRole can be associated only with an Opportunity or a Lead, not '{association.Type}'";
                return false;
            }

            var linked = association.Id ?? FindByExternalKey(association);
            if (linked is null)
            {
                error = association.ExternalKey is { } key
                    ? $"{association.Type} not found: none has {key.Name} = {key.Value}"
                    : $"{association.Type} association needs an id or an externalKey";
                return false;
            }

            if (association.Type == OpportunityType)
            {
                opportunityId = linked;
            }
            else
            {
                personId = linked;
            }
        }

        if (opportunityId is { } opportunity && _store.FindOpportunityLocked(opportunity) is null)
        {
            error = Invariant($"Opportunity not found: none has id {opportunity}");
            return false;
        }

        if (personId is { } person && _store.FindLeadLocked(person) is null)
        {
            error = Invariant($"Lead not found: none has id {person}");
            return false;
        }

        return true;
    }

    /// <summary>An opportunity's key is its external key; a lead's is one of its fields. The most recently added match wins.</summary>
    private int? FindByExternalKey(AssociationInput association) => association.ExternalKey switch
    {
        null => null,
        var key when association.Type == OpportunityType => _store.FindNewestOpportunityByExternalKeyLocked(key)?.Id,
        var key => _store.FindNewestLeadByAttributeLocked(key.Name, key.Value)?.Id,
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
