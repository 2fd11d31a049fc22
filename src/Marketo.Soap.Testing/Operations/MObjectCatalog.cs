using System.Xml.Linq;
using Marketo.Soap.Testing.Contract;
using Marketo.Soap.Testing.Internal;

namespace Marketo.Soap.Testing.Operations;

/// <summary>The objects describeMObject describes and listMObjects lists, with their fields (operations facts §6.3, §6.4).</summary>
/// <remarks>
/// <para>The four names and their order are Marketo's documented ones. <c>ActivityRecord</c>'s
/// fields, source objects, data types and sizes are those of Marketo's documented answer (the
/// descriptions are the emulator's words). <c>LeadRecord</c> lists <c>Id</c>, the store's standard
/// lead fields and the custom lead fields declared on the store, with their declared types.
/// <c>Opportunity</c> lists <c>Id</c> and the standard fields the facts name (§2.7 of the facts
/// file); <c>OpportunityPersonRole</c> its id, <c>OpportunityId</c>, <c>PersonId</c>, <c>Role</c>,
/// <c>IsPrimary</c> and <c>ExternalCreatedDate</c>. The data types of those two objects' fields
/// are the emulator's choice by the fields' meaning: Marketo documents none.</para>
/// <para>Every definition is dated 2010-01-01, the date Marketo's sample gives its built-in fields;
/// the store does not record when a custom field was added.</para>
/// </remarks>
internal static class MObjectCatalog
{
    public static readonly IReadOnlyList<string> Names = ["ActivityRecord", "LeadRecord", "Opportunity", "OpportunityPersonRole"];

    private const string UpdatedAt = "2010-01-01T00:00:00+00:00";

    private static readonly Field[] ActivityFields =
    [
        new("id", "Id of the activity", "Event", "integer", 10, IsPrimaryKey: true),
        new("activityDateTime", "When the activity happened", "Event", "dateTime", null),
        new("activityType", "The activity's display name", "Event", "string", 255, IsName: true),
        new("mktgAssetName", "The asset the activity concerns", "Event", "string", 255),
        new("activityAttributes", "The activity's details as name/value pairs", "Event", "Array", null),
        new("campaign", "The campaign that caused the activity", "Campaign", "string", 255),
        new("personName", "The lead's name", "Lead", "string", 255),
        new("mktPersonId", "Id of the lead", "Lead", "integer", 10),
        new("foreignSysId", "The lead's id in a foreign system", "Lead", "string", 50),
        new("orgName", "The lead's company", "Company", "string", 255),
        new("foreignSysOrgId", "The company's id in a foreign system", "Company", "string", 50),
    ];

    private static readonly string[] OpportunityFields =
    [
        "Amount", "CloseDate", "Description", "ExpectedRevenue", "ExternalCreatedDate", "Fiscal", "FiscalQuarter", "FiscalYear",
        "ForecastCategoryName", "IsClosed", "IsWon", "LastActivityDate", "LeadSource", "Name", "NextStep", "Probability", "Quantity", "Stage", "Type",
    ];

    private static readonly Dictionary<string, string> OpportunityTypes = new(StringComparer.Ordinal)
    {
        ["Amount"] = "currency",
        ["ExpectedRevenue"] = "currency",
        ["CloseDate"] = "date",
        ["ExternalCreatedDate"] = "date",
        ["LastActivityDate"] = "date",
        ["IsClosed"] = "boolean",
        ["IsWon"] = "boolean",
        ["FiscalQuarter"] = "integer",
        ["FiscalYear"] = "integer",
        ["Probability"] = "integer",
        ["Quantity"] = "integer",
    };

    /// <summary>The metadata of <paramref name="name"/> (exact case), or <see langword="null"/> for a name the catalog does not hold.</summary>
    /// <param name="name">The object's name.</param>
    /// <param name="customLeadFields">The store's custom lead fields and their types; read under the store's gate.</param>
    public static XElement? Describe(string name, IReadOnlyDictionary<string, string> customLeadFields) => name switch
    {
        "ActivityRecord" => Metadata(name, "Activities, composed of fields of Event, Campaign, Lead and Company", isVirtual: true, ActivityFields.Select(f => f with { IsReadonly = true })),
        "LeadRecord" => Metadata(name, "Leads", isVirtual: false, LeadFields(customLeadFields)),
        "Opportunity" => Metadata(name, "Opportunities", isVirtual: false, [Id("Id of the opportunity"), .. OpportunityFields.Select(f => Plain(f, OpportunityTypes.GetValueOrDefault(f, "string")))]),
        "OpportunityPersonRole" => Metadata(name, "Leads' roles on opportunities", isVirtual: false,
        [
            Id("Id of the role"), Plain("OpportunityId", "integer"), Plain("PersonId", "integer"), Plain("Role", "string"), Plain("IsPrimary", "boolean"), Plain("ExternalCreatedDate", "date"),
        ]),
        _ => null,
    };

    private static IEnumerable<Field> LeadFields(IReadOnlyDictionary<string, string> customLeadFields)
    {
        yield return Id("Id of the lead");
        foreach (var name in StandardLeadFields.Names)
        {
            yield return Plain(name, StandardLeadFields.TypeOf(name));
        }

        foreach (var (name, type) in customLeadFields.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            yield return Plain(name, type) with { IsCustom = true };
        }
    }

    private static Field Id(string description) => new("Id", description, null, "integer", 10, IsPrimaryKey: true, IsReadonly: true);

    /// <summary>A writable field; text-like types get Marketo's usual 255 characters, integers 10 digits, others no size.</summary>
    private static Field Plain(string name, string dataType) => new(name, null, null, dataType, dataType switch
    {
        "string" or "email" or "phone" or "url" => 255,
        "integer" => 10,
        _ => null,
    });

    private static XElement Metadata(string name, string description, bool isVirtual, IEnumerable<Field> fields) => new(
        SoapNames.Mktows + "successDescribeMObject",
        new XElement(
            "result",
            new XElement(
                "metadata",
                new XElement("name", name),
                new XElement("description", description),
                new XElement("isCustom", "false"),
                new XElement("isVirtual", isVirtual ? "true" : "false"),
                new XElement("fieldList", fields.Select(f => f.ToXml())),
                new XElement("updatedAt", UpdatedAt))));

    private sealed record Field(string Name, string? Description, string? SourceObject, string DataType, int? Size, bool IsName = false, bool IsPrimaryKey = false, bool IsReadonly = false, bool IsCustom = false)
    {
        public XElement ToXml() => new(
            "field",
            new XElement("name", Name),
            Nillable("description", Description),
            Nillable("displayName", null),
            Nillable("sourceObject", SourceObject),
            new XElement("dataType", DataType),
            Nillable("size", Size?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new XElement("isReadonly", Flag(IsReadonly)),
            new XElement("isUpdateBlocked", Flag(IsReadonly)),
            new XElement("isName", Flag(IsName)),
            new XElement("isPrimaryKey", Flag(IsPrimaryKey)),
            new XElement("isCustom", Flag(IsCustom)),
            new XElement("isDynamic", "false"),
            Nillable("dynamicFieldRef", null),
            new XElement("updatedAt", UpdatedAt));

        private static string Flag(bool value) => value ? "true" : "false";

        private static XElement Nillable(string name, string? value) =>
            value is null ? new XElement(name, new XAttribute(SoapNames.Nil, "true")) : new XElement(name, value);
    }
}
