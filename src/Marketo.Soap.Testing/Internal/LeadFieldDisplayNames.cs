namespace Marketo.Soap.Testing.Internal;

/// <summary>
/// The display names importToList headers use for the standard lead fields (operations facts §8.1:
/// headers are display names, not API names). The five in Marketo's documented sample (Email
/// Address, First Name, Last Name, Job Title, Company Name) are facts; the rest are the names
/// Marketo's field list shows, an emulator assumption.
/// </summary>
internal static class LeadFieldDisplayNames
{
    public const string Email = "Email Address";

    private static readonly Dictionary<string, string> ApiNames = new(StringComparer.OrdinalIgnoreCase)
    {
        [Email] = "Email",
        ["First Name"] = "FirstName",
        ["Middle Name"] = "MiddleName",
        ["Last Name"] = "LastName",
        ["Salutation"] = "Salutation",
        ["Job Title"] = "Title",
        ["Department"] = "Department",
        ["Company Name"] = "Company",
        ["Phone Number"] = "Phone",
        ["Mobile Phone Number"] = "MobilePhone",
        ["Main Phone"] = "MainPhone",
        ["Fax Number"] = "Fax",
        ["Website"] = "Website",
        ["Address"] = "Address",
        ["City"] = "City",
        ["State"] = "State",
        ["Postal Code"] = "PostalCode",
        ["Country"] = "Country",
        ["Billing Address"] = "BillingStreet",
        ["Billing City"] = "BillingCity",
        ["Billing State"] = "BillingState",
        ["Billing Postal Code"] = "BillingPostalCode",
        ["Billing Country"] = "BillingCountry",
        ["Industry"] = "Industry",
        ["SIC Code"] = "SICCode",
        ["Site"] = "Site",
        ["Annual Revenue"] = "AnnualRevenue",
        ["Num Employees"] = "NumberOfEmployees",
        ["Number of Locations"] = "NumberOfLocations",
        ["Lead Source"] = "LeadSource",
        ["Lead Status"] = "LeadStatus",
        ["Lead Score"] = "LeadScore",
        ["Lead Role"] = "LeadRole",
        ["Rating"] = "Rating",
        ["Date of Birth"] = "DateofBirth",
        ["Do Not Call"] = "DoNotCall",
        ["Do Not Call Reason"] = "DoNotCallReason",
        ["Unsubscribed"] = "Unsubscribed",
        ["Unsubscribed Reason"] = "UnsubscribedReason",
        ["Email Invalid"] = "EmailInvalid",
        ["Email Invalid Cause"] = "EmailInvalidCause",
        ["Inferred Company"] = "InferredCompany",
        ["Inferred Country"] = "InferredCountry",
        ["Anonymous IP"] = "AnonymousIP",
    };

    /// <summary>The API name of the standard field a header column names, or <see langword="null"/> when it names none.</summary>
    public static string? ApiName(string displayName) => ApiNames.GetValueOrDefault(displayName.Trim());
}
