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
}
