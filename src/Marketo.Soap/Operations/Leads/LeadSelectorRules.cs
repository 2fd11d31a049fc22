using System.Globalization;
using Marketo.Soap.Models;

namespace Marketo.Soap.Operations;

/// <summary>The checks every operation that takes a <see cref="LeadSelector"/> makes before sending it.</summary>
internal static class LeadSelectorRules
{
    /// <param name="selector">The selector as the caller passed it.</param>
    /// <param name="field">The request property that holds it, named in errors.</param>
    /// <param name="paramName">The request parameter's name.</param>
    public static void Validate(LeadSelector? selector, string field, string paramName)
    {
        switch (selector)
        {
            case null:
                throw new MarketoRequestValidationException($"The request has no {field}; choose leads by keys, static list or last update.", paramName, null, field);
            case LeadKeySelector keys:
                Keys(keys, field, paramName);
                break;
            case StaticListSelector list:
                StaticList(list, field, paramName);
                break;
            case LastUpdatedSelector window:
                LastUpdated(window, field, paramName);
                break;
        }
    }

    private static void Keys(LeadKeySelector keys, string field, string paramName)
    {
        if (!Enum.IsDefined(keys.KeyType))
        {
            throw new MarketoRequestValidationException($"{field}.KeyType is not a defined LeadKeyType value.", paramName, null, $"{field}.KeyType");
        }

        var values = keys.Values;
        if (values is null || values.Count == 0)
        {
            throw new MarketoRequestValidationException($"{field}.Values holds no key; give at least one.", paramName, null, $"{field}.Values");
        }

        if (values.Count > LeadKeySelector.MaxKeys)
        {
            // getMultipleLeads would silently drop the keys past the 100th; getLeadChanges would fail.
            throw new MarketoRequestValidationException(
                string.Create(CultureInfo.InvariantCulture, $"{field}.Values holds {values.Count} keys; Marketo reads at most {LeadKeySelector.MaxKeys}. Split them into several reads."),
                paramName,
                null,
                $"{field}.Values");
        }

        for (var i = 0; i < values.Count; i++)
        {
            if (LeadKeyRules.KeyValueProblem(keys.KeyType, values[i]) is { } problem)
            {
                throw LeadKeyRules.KeyValueInvalid(string.Create(CultureInfo.InvariantCulture, $"{field}.Values[{i}]"), problem, paramName);
            }
        }
    }

    private static void StaticList(StaticListSelector list, string field, string paramName)
    {
        if ((list.ListId is null) == (list.ListName is null))
        {
            throw new MarketoRequestValidationException($"{field} must name its list by ListId or by ListName, and by one of them only.", paramName, null, $"{field}.ListId");
        }

        if (list.ListId is <= 0)
        {
            throw new MarketoRequestValidationException($"{field}.ListId must be 1 or more.", paramName, null, $"{field}.ListId");
        }

        if (list.ListName is { } name)
        {
            LeadReadRules.Names([name], $"{field}.ListName", paramName);
        }
    }

    private static void LastUpdated(LastUpdatedSelector window, string field, string paramName)
    {
        LeadReadRules.Window(window.Since, window.Until, $"{field}.Until", paramName);
        if (window.Until - window.Since > LastUpdatedSelector.MaxWindow)
        {
            throw new MarketoRequestValidationException(
                $"{field} spans more than 30 days, which Marketo refuses (20022). Read the period in windows of 30 days or less.",
                paramName,
                null,
                $"{field}.Until");
        }
    }
}
