using System.Collections.Immutable;

namespace Marketo.Soap.Testing.Operations;

/// <summary>syncMObjects for <c>Opportunity</c>: fields from <c>attribList</c>, an optional <c>Company</c> association.</summary>
/// <remarks>
/// UPDATE and UPSERT find the opportunity by id (documented), or by external key when no id is sent
/// (an emulator assumption, following the documented rule that the most recently added of several
/// objects with one key is used). INSERT treats only a matching id as existing, since Marketo does
/// not keep external keys unique. A sent id is never used for a new object: Marketo assigns ids.
/// </remarks>
internal sealed class OpportunitySync
{
    private const string Company = "Company";

    private readonly MarketoEmulatorStore _store;

    public OpportunitySync(MarketoEmulatorStore store) => _store = store;

    public MObjectOutcome Sync(MObjectInput input, SyncMode mode)
    {
        var requestedId = input.Id ?? 0;
        if (!TryReadCompany(input.Associations, out var companyId, out var companyKey, out var error))
        {
            return MObjectOutcome.Failed(requestedId, error);
        }

        var existing = Find(input, mode);
        if (existing is null)
        {
            if (mode == SyncMode.Update)
            {
                return MObjectOutcome.Skipped(requestedId);
            }

            var created = _store.SaveOpportunityLocked(new StoredOpportunity
            {
                ExternalKey = input.ExternalKey,
                Attributes = AttribMerge.Into(ImmutableDictionary.Create<string, string>(StringComparer.Ordinal), input.Attribs),
                CompanyId = companyId,
                CompanyExternalKey = companyKey,
            });
            return MObjectOutcome.Created(created.Id);
        }

        if (mode == SyncMode.Insert)
        {
            return MObjectOutcome.Skipped(existing.Id);
        }

        var hasCompany = companyId is not null || companyKey is not null;
        _store.SaveOpportunityLocked(existing with
        {
            ExternalKey = input.ExternalKey ?? existing.ExternalKey,
            Attributes = AttribMerge.Into(existing.Attributes.ToImmutableDictionary(StringComparer.Ordinal), input.Attribs),
            CompanyId = hasCompany ? companyId : existing.CompanyId,
            CompanyExternalKey = hasCompany ? companyKey : existing.CompanyExternalKey,
        });
        return MObjectOutcome.Updated(existing.Id);
    }

    private StoredOpportunity? Find(MObjectInput input, SyncMode mode)
    {
        if (input.Id is { } id)
        {
            return _store.FindOpportunityLocked(id);
        }

        return mode != SyncMode.Insert && input.ExternalKey is { } key ? _store.FindNewestOpportunityByExternalKeyLocked(key) : null;
    }

    private static bool TryReadCompany(IReadOnlyList<AssociationInput> associations, out int? companyId, out StoredExternalKey? companyKey, out string error)
    {
        companyId = null;
        companyKey = null;
        error = string.Empty;
        foreach (var association in associations)
        {
            if (association.Type != Company)
            {
                error = $"Opportunity can be associated only with a Company, not '{association.Type}'";
                return false;
            }

            if (association.Id is null && association.ExternalKey is null)
            {
                error = "Company association needs an id or an externalKey";
                return false;
            }

            companyId = association.Id;
            companyKey = association.ExternalKey;
        }

        return true;
    }
}
