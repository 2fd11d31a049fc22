using Marketo.Soap.Models;

namespace Marketo.Soap.Internal;

/// <summary>Refuses a <see cref="SyncMultipleLeadsRequest"/> Marketo could not accept, before anything is sent.</summary>
internal static class LeadRequestValidator
{
    private const string ParamName = "request";

    public static void Validate(SyncMultipleLeadsRequest request)
    {
        RequestGuard.BatchSize(request.Leads, SyncMultipleLeadsRequest.MaxLeadsPerCall, ParamName, nameof(request.Leads), "leads");

        for (var i = 0; i < request.Leads.Count; i++)
        {
            var lead = RequestGuard.NotNullRecord(request.Leads[i], i, ParamName, "lead");

            if (lead.Id is null && lead.Email is null && lead.ForeignSysPersonId is null)
            {
                throw RequestGuard.Invalid(i, "Id", "has no key; give Id, Email, or ForeignSysPersonId with ForeignSysType", ParamName);
            }

            if (lead.ForeignSysPersonId is not null && lead.ForeignSysType is null)
            {
                throw RequestGuard.Invalid(i, "ForeignSysType", "is missing; Marketo requires it whenever ForeignSysPersonId is given", ParamName);
            }

            if (lead.ForeignSysType is { } type && !Enum.IsDefined(type))
            {
                throw RequestGuard.Invalid(i, "ForeignSysType", "is not a defined ForeignSystemType value", ParamName);
            }

            RequestGuard.Text(lead.Email, i, "Email", ParamName, required: lead.Email is not null);
            RequestGuard.Text(lead.ForeignSysPersonId, i, "ForeignSysPersonId", ParamName, required: lead.ForeignSysPersonId is not null);
            ValidateAttributes(lead.Attributes, i);
        }
    }

    private static void ValidateAttributes(IReadOnlyList<LeadAttribute>? attributes, int index)
    {
        if (attributes is null)
        {
            throw RequestGuard.Invalid(index, "Attributes", "is null; use an empty list for a lead without attributes", ParamName);
        }

        for (var a = 0; a < attributes.Count; a++)
        {
            var attribute = attributes[a] ?? throw RequestGuard.Invalid(index, $"Attributes[{a}]", "is null", ParamName);
            if (!RequestGuard.IsValidNameValue(attribute.Name, attribute.Value))
            {
                RequestGuard.NameValue(attribute.Name, attribute.Value, index, $"Attributes[{a}]", ParamName);
            }
        }
    }
}
