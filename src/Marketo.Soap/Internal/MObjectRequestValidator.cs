using Marketo.Soap.Models;

namespace Marketo.Soap.Internal;

/// <summary>Refuses a <see cref="SyncMObjectsRequest"/> Marketo could not accept, before anything is sent.</summary>
internal static class MObjectRequestValidator
{
    private const string ParamName = "request";

    public static void Validate(SyncMObjectsRequest request)
    {
        if (!Enum.IsDefined(request.Operation))
        {
            throw new MarketoRequestValidationException("Operation is not a defined MObjectOperation value.", ParamName, null, "Operation");
        }

        RequestGuard.BatchSize(request.Objects, SyncMObjectsRequest.MaxObjectsPerCall, ParamName, nameof(request.Objects), "objects");

        for (var i = 0; i < request.Objects.Count; i++)
        {
            var record = RequestGuard.NotNullRecord(request.Objects[i], i, ParamName, "object");
            RequestGuard.Text(record.Type, i, "Type", ParamName, required: true);

            if (record.Type == MObjectTypes.Program && request.Operation != MObjectOperation.Update)
            {
                throw RequestGuard.Invalid(i, "Type", $"is Program, which Marketo accepts only with the Update operation, not {request.Operation}", ParamName);
            }

            if (record.ExternalKey is { } key)
            {
                ValidatePair(key, i, "ExternalKey");
            }

            ValidatePairs(record.Attributes, i, "Attributes");
            ValidateTypeAttributes(record.TypeAttributes, i);
            ValidateAssociations(record.Associations, i);
        }
    }

    private static void ValidateTypeAttributes(IReadOnlyList<MObjectTypeAttribute>? groups, int index)
    {
        if (groups is null)
        {
            throw RequestGuard.Invalid(index, "TypeAttributes", "is null; use an empty list", ParamName);
        }

        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g] ?? throw RequestGuard.Invalid(index, $"TypeAttributes[{g}]", "is null", ParamName);
            if (!RequestGuard.IsValidText(group.AttrType, required: true))
            {
                RequestGuard.Text(group.AttrType, index, $"TypeAttributes[{g}].AttrType", ParamName, required: true);
            }

            ValidatePairs(group.Attributes, index, $"TypeAttributes[{g}].Attributes");
        }
    }

    private static void ValidateAssociations(IReadOnlyList<MObjectAssociation>? associations, int index)
    {
        if (associations is null)
        {
            throw RequestGuard.Invalid(index, "Associations", "is null; use an empty list", ParamName);
        }

        for (var a = 0; a < associations.Count; a++)
        {
            var association = associations[a] ?? throw RequestGuard.Invalid(index, $"Associations[{a}]", "is null", ParamName);
            if (!RequestGuard.IsValidText(association.Type, required: true))
            {
                RequestGuard.Text(association.Type, index, $"Associations[{a}].Type", ParamName, required: true);
            }

            if (association.Id is null && association.ExternalKey is null)
            {
                throw RequestGuard.Invalid(index, $"Associations[{a}]", "has neither Id nor ExternalKey; Marketo cannot tell which object it links to", ParamName);
            }

            if (association.ExternalKey is { } key && !RequestGuard.IsValidNameValue(key.Name, key.Value))
            {
                ValidatePair(key, index, $"Associations[{a}].ExternalKey");
            }
        }
    }

    private static void ValidatePairs(IReadOnlyList<MObjectAttribute>? pairs, int index, string field)
    {
        if (pairs is null)
        {
            throw RequestGuard.Invalid(index, field, "is null; use an empty list", ParamName);
        }

        for (var p = 0; p < pairs.Count; p++)
        {
            var pair = pairs[p] ?? throw RequestGuard.Invalid(index, $"{field}[{p}]", "is null", ParamName);
            if (!RequestGuard.IsValidNameValue(pair.Name, pair.Value))
            {
                ValidatePair(pair, index, $"{field}[{p}]");
            }
        }
    }

    private static void ValidatePair(MObjectAttribute pair, int index, string field) =>
        RequestGuard.NameValue(pair.Name, pair.Value, index, field, ParamName);
}
