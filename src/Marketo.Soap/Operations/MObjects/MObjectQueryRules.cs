using System.Globalization;
using Marketo.Soap.Models;

namespace Marketo.Soap.Operations;

/// <summary>
/// The checks on a <see cref="GetMObjectsRequest"/> before anything is sent, each from
/// <c>mktows-2_3-operations.md</c> §6.1.
/// </summary>
internal static class MObjectQueryRules
{
    private const string ParamName = "request";

    /// <summary>The types Marketo documents for getMObjects; any other is answered with a fault (20110/20114).</summary>
    private static readonly string[] ReadableTypes = [MObjectTypes.Opportunity, MObjectTypes.OpportunityPersonRole, MObjectTypes.Program];

    /// <summary>The criterion Marketo takes at most once (§6.1: "Tag Type (at most one)").</summary>
    private const string TagType = "Tag Type";

    public static void Validate(GetMObjectsRequest request)
    {
        RequestGuard.Field(request.Type, nameof(request.Type), ParamName, required: true);
        if (Array.IndexOf(ReadableTypes, request.Type) < 0)
        {
            throw RequestGuard.InvalidRequest(
                $"The request's Type is not one getMObjects reads; Marketo documents {string.Join(", ", ReadableTypes)} (case matters).",
                ParamName,
                nameof(request.Type));
        }

        if (request.Id is <= 0)
        {
            throw RequestGuard.InvalidRequest("The request's Id is not an object id; Marketo ids start at 1.", ParamName, nameof(request.Id));
        }

        if (request.Id is not null && request.ExternalKey is not null)
        {
            // §6.1: at most one unique id, id or externalKey.
            throw RequestGuard.InvalidRequest("The request gives both Id and ExternalKey; Marketo selects by at most one unique key.", ParamName, nameof(request.ExternalKey));
        }

        if (request.ExternalKey is { } key)
        {
            Pair(key.Name, key.Value, nameof(request.ExternalKey));
        }

        Criteria(request.Criteria);
        Associations(request.Associations);
    }

    private static void Criteria(IReadOnlyList<MObjectCriterion>? criteria)
    {
        const string Field = nameof(GetMObjectsRequest.Criteria);
        if (criteria is null)
        {
            throw RequestGuard.InvalidRequest("The request's Criteria is null; use an empty list.", ParamName, Field);
        }

        var tagTypes = 0;
        for (var i = 0; i < criteria.Count; i++)
        {
            var where = string.Create(CultureInfo.InvariantCulture, $"{Field}[{i}]");
            var criterion = criteria[i] ?? throw RequestGuard.InvalidRequest($"The request's {where} is null.", ParamName, where);
            RequestGuard.Field(criterion.AttributeName, where + ".AttributeName", ParamName, required: true);
            if (!Enum.IsDefined(criterion.Comparison))
            {
                throw RequestGuard.InvalidRequest($"The request's {where}.Comparison is not a defined MObjectComparison value.", ParamName, where + ".Comparison");
            }

            if (criterion.Value is null)
            {
                throw RequestGuard.InvalidRequest($"The request's {where}.Value is null; the wire requires a value.", ParamName, where + ".Value");
            }

            RequestGuard.Field(criterion.Value, where + ".Value", ParamName, required: true);
            if (criterion.AttributeName == TagType && ++tagTypes > 1)
            {
                throw RequestGuard.InvalidRequest($"The request's {where} is a second \"{TagType}\" criterion; Marketo takes at most one.", ParamName, where + ".AttributeName");
            }
        }
    }

    private static void Associations(IReadOnlyList<MObjectAssociation>? associations)
    {
        const string Field = nameof(GetMObjectsRequest.Associations);
        if (associations is null)
        {
            throw RequestGuard.InvalidRequest("The request's Associations is null; use an empty list.", ParamName, Field);
        }

        for (var i = 0; i < associations.Count; i++)
        {
            var where = string.Create(CultureInfo.InvariantCulture, $"{Field}[{i}]");
            var association = associations[i] ?? throw RequestGuard.InvalidRequest($"The request's {where} is null.", ParamName, where);
            RequestGuard.Field(association.Type, where + ".Type", ParamName, required: true);
            if (association.Id is null && association.ExternalKey is null)
            {
                throw RequestGuard.InvalidRequest($"The request's {where} has neither Id nor ExternalKey; Marketo cannot tell which object it names.", ParamName, where);
            }

            if (association.Id is <= 0)
            {
                throw RequestGuard.InvalidRequest($"The request's {where}.Id is not an object id; Marketo ids start at 1.", ParamName, where + ".Id");
            }

            if (association.ExternalKey is { } key)
            {
                Pair(key.Name, key.Value, where + ".ExternalKey");
            }
        }
    }

    private static void Pair(string? name, string? value, string field)
    {
        RequestGuard.Field(name, field + ".Name", ParamName, required: true);
        if (value is null)
        {
            throw RequestGuard.InvalidRequest($"The request's {field}.Value is null; the wire requires a value.", ParamName, field + ".Value");
        }

        RequestGuard.Field(value, field + ".Value", ParamName, required: true);
    }
}
