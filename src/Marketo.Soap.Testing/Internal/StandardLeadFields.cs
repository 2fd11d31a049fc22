namespace Marketo.Soap.Testing.Internal;

/// <summary>
/// The lead fields every Marketo instance has, by SOAP API name. A call that names any other field
/// fails with 20105 unless a test adds it with <see cref="MarketoEmulatorStore.AddLeadFields"/>,
/// as an instance's admin would add a custom field.
/// </summary>
internal static class StandardLeadFields
{
    public static readonly IReadOnlyList<string> Names =
    [
        "Email", "FirstName", "MiddleName", "LastName", "Salutation", "Title", "Department",
        "Company", "Phone", "MobilePhone", "MainPhone", "Fax", "Website",
        "Address", "City", "State", "PostalCode", "Country",
        "BillingStreet", "BillingCity", "BillingState", "BillingPostalCode", "BillingCountry",
        "Industry", "SICCode", "Site", "AnnualRevenue", "NumberOfEmployees", "NumberOfLocations",
        "LeadSource", "LeadStatus", "LeadScore", "LeadRole", "Rating", "DateofBirth",
        "DoNotCall", "DoNotCallReason", "Unsubscribed", "UnsubscribedReason", "EmailInvalid", "EmailInvalidCause",
        "InferredCompany", "InferredCountry", "AnonymousIP",
    ];

    // The types Marketo's recorded answers show (Website url, LeadScore integer); the others are
    // the types of these fields in Marketo's field list, and every remaining field is a string.
    private static readonly Dictionary<string, string> Types = new(StringComparer.Ordinal)
    {
        ["Website"] = "url",
        ["LeadScore"] = "integer",
        ["NumberOfEmployees"] = "integer",
        ["NumberOfLocations"] = "integer",
        ["AnnualRevenue"] = "currency",
        ["DateofBirth"] = "date",
        ["DoNotCall"] = "boolean",
        ["Unsubscribed"] = "boolean",
        ["EmailInvalid"] = "boolean",
        ["Email"] = "email",
        ["Phone"] = "phone",
        ["MobilePhone"] = "phone",
        ["MainPhone"] = "phone",
        ["Fax"] = "phone",
    };

    public static string TypeOf(string name) => Types.GetValueOrDefault(name, "string");
}
