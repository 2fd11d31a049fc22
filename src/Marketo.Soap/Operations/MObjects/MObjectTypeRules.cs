using Marketo.Soap.Models;

namespace Marketo.Soap.Operations;

/// <summary>
/// The checks that depend on an object's type and the call's operation, all from the documented
/// behaviour of syncMObjects (facts §2.7, <c>mktows-2_3-facts.md</c>).
/// </summary>
internal static class MObjectTypeRules
{
    private const string ParamName = "request";

    /// <param name="record">An object whose shape <see cref="MObjectRecordRules"/> already checked.</param>
    /// <param name="index">Its position in the request, named in the error.</param>
    /// <param name="operation">The call's operation.</param>
    public static void Validate(MObjectRecord record, int index, MObjectOperation operation)
    {
        switch (record.Type)
        {
            case MObjectTypes.Program:
                ValidateProgram(record, index, operation);
                break;
            case MObjectTypes.Opportunity when operation is MObjectOperation.Update or MObjectOperation.Upsert && record.Id is null && record.ExternalKey is null:
                // facts §2.7: Update and Upsert match an existing object; with neither key there is
                // nothing to match, and an Upsert would insert a new opportunity on every call.
                throw RequestGuard.Invalid(index, "Id", $"is missing, and so is ExternalKey; an Opportunity {operation} needs one of them to find the opportunity", ParamName);
        }
    }

    private static void ValidateProgram(MObjectRecord record, int index, MObjectOperation operation)
    {
        // facts §2.7: a Program accepts Update only.
        if (operation != MObjectOperation.Update)
        {
            throw RequestGuard.Invalid(index, "Type", $"is Program, which Marketo accepts only with the Update operation, not {operation}", ParamName);
        }

        for (var g = 0; g < record.TypeAttributes.Count; g++)
        {
            // facts §2.7: Cost requires Month and Amount; Tag takes Type and Value (the tag must exist).
            var group = record.TypeAttributes[g];
            var required = group.AttrType switch
            {
                "Cost" => (First: "Month", Second: "Amount"),
                "Tag" => (First: "Type", Second: "Value"),
                _ => default,
            };

            if (required.First is null)
            {
                continue;
            }

            foreach (var name in new[] { required.First, required.Second })
            {
                if (!Has(group.Attributes, name))
                {
                    throw RequestGuard.Invalid(index, $"TypeAttributes[{g}]", $"is a {group.AttrType} without {name}; Marketo requires {required.First} and {required.Second}", ParamName);
                }
            }
        }
    }

    private static bool Has(IReadOnlyList<MObjectAttribute> attributes, string name)
    {
        for (var i = 0; i < attributes.Count; i++)
        {
            if (string.Equals(attributes[i].Name, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
