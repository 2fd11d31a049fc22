using Marketo.Soap.Models;

namespace Marketo.Soap.Operations;

/// <summary>The checks every operation that writes a <see cref="LeadRecord"/> makes before sending it.</summary>
internal static class LeadRecordRules
{
    /// <param name="lead">The lead as the caller passed it.</param>
    /// <param name="index">Its position in the request, named in the error.</param>
    /// <param name="paramName">The request parameter's name.</param>
    /// <returns>The lead, known not to be null.</returns>
    public static LeadRecord Validate(LeadRecord? lead, int index, string paramName)
    {
        var checkedLead = RequestGuard.NotNullRecord(lead, index, paramName, "lead");

        if (checkedLead.Id is null && checkedLead.Email is null && checkedLead.ForeignSysPersonId is null)
        {
            throw RequestGuard.Invalid(index, "Id", "has no key; give Id, Email, or ForeignSysPersonId with ForeignSysType", paramName);
        }

        if (checkedLead.ForeignSysPersonId is not null && checkedLead.ForeignSysType is null)
        {
            throw RequestGuard.Invalid(index, "ForeignSysType", "is missing; Marketo requires it whenever ForeignSysPersonId is given", paramName);
        }

        if (checkedLead.ForeignSysType is { } type && !Enum.IsDefined(type))
        {
            throw RequestGuard.Invalid(index, "ForeignSysType", "is not a defined ForeignSystemType value", paramName);
        }

        RequestGuard.Text(checkedLead.Email, index, "Email", paramName, required: checkedLead.Email is not null);
        RequestGuard.Text(checkedLead.ForeignSysPersonId, index, "ForeignSysPersonId", paramName, required: checkedLead.ForeignSysPersonId is not null);
        ValidateAttributes(checkedLead.Attributes, index, paramName);
        return checkedLead;
    }

    private static void ValidateAttributes(IReadOnlyList<LeadAttribute>? attributes, int index, string paramName)
    {
        if (attributes is null)
        {
            throw RequestGuard.Invalid(index, "Attributes", "is null; use an empty list for a lead without attributes", paramName);
        }

        for (var a = 0; a < attributes.Count; a++)
        {
            var attribute = attributes[a] ?? throw RequestGuard.Invalid(index, $"Attributes[{a}]", "is null", paramName);
            if (!RequestGuard.IsValidNameValue(attribute.Name, attribute.Value))
            {
                RequestGuard.NameValue(attribute.Name, attribute.Value, index, $"Attributes[{a}]", paramName);
            }
        }
    }
}
