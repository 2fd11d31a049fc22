using Marketo.Soap.Models;

namespace Marketo.Soap.Operations;

/// <summary>The checks every operation that writes an <see cref="MObjectRecord"/> makes before sending it.</summary>
internal static class MObjectRecordRules
{
    private const string ParamName = "request";

    /// <param name="record">The object as the caller passed it.</param>
    /// <param name="index">Its position in the request, named in the error.</param>
    /// <returns>The object, known not to be null.</returns>
    public static MObjectRecord Validate(MObjectRecord? record, int index)
    {
        var checkedRecord = RequestGuard.NotNullRecord(record, index, ParamName, "object");
        RequestGuard.Text(checkedRecord.Type, index, "Type", ParamName, required: true);

        if (checkedRecord.ExternalKey is { } key)
        {
            ValidatePair(key, index, "ExternalKey");
        }

        ValidatePairs(checkedRecord.Attributes, index, "Attributes");
        ValidateTypeAttributes(checkedRecord.TypeAttributes, index);
        ValidateAssociations(checkedRecord.Associations, index);
        return checkedRecord;
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
