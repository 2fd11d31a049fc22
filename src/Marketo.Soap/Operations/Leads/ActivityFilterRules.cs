using System.Globalization;
using Marketo.Soap.Models;

namespace Marketo.Soap.Operations;

/// <summary>The checks on an activity type filter that <c>getLeadActivity</c> and <c>getLeadChanges</c> share.</summary>
internal static class ActivityFilterRules
{
    public static void Validate(IReadOnlyList<ActivityType>? includeTypes, IReadOnlyList<ActivityType>? excludeTypes, string paramName)
    {
        Types(includeTypes, "IncludeTypes", paramName);
        Types(excludeTypes, "ExcludeTypes", paramName);
        if (includeTypes!.Count > 0 && excludeTypes!.Count > 0)
        {
            // Marketo's documentation says not to send both; what it does with both is not documented.
            throw new MarketoRequestValidationException("IncludeTypes and ExcludeTypes are both given; Marketo takes one or the other.", paramName, null, "ExcludeTypes");
        }
    }

    private static void Types(IReadOnlyList<ActivityType>? types, string field, string paramName)
    {
        if (types is null)
        {
            throw new MarketoRequestValidationException($"{field} is null; use an empty list for none.", paramName, null, field);
        }

        for (var i = 0; i < types.Count; i++)
        {
            if (!Enum.IsDefined(types[i]))
            {
                var itemField = string.Create(CultureInfo.InvariantCulture, $"{field}[{i}]");
                throw new MarketoRequestValidationException($"{itemField} is not a defined ActivityType value.", paramName, null, itemField);
            }
        }
    }
}
