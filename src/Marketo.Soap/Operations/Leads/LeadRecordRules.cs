using System.Globalization;
using Marketo.Soap.Models;

namespace Marketo.Soap.Operations;

/// <summary>The checks every operation that writes a <see cref="LeadRecord"/> makes before sending it.</summary>
/// <remarks>
/// Rules taken from the contract facts cite them (<c>facts §n</c> is <c>mktows-2_3-facts.md</c>);
/// the others are the library's assumptions, listed in the README, because Marketo never
/// documented them and its SOAP API can no longer be asked.
/// </remarks>
internal static class LeadRecordRules
{
    /// <summary>
    /// The longest email address accepted. An assumption: Marketo's lead Email field holds 255
    /// characters (the REST field description says so; the SOAP facts are silent), and a longer one
    /// would be cut or refused by Marketo after the call was spent.
    /// </summary>
    public const int MaxEmailLength = 255;

    private const string EmailAttribute = "Email";

    // Below this many attributes a lead's names are compared pairwise, which allocates nothing;
    // above it a set keeps the check linear.
    private const int PairwiseNameLimit = 16;

    /// <param name="lead">The lead as the caller passed it.</param>
    /// <param name="index">Its position in the request, named in the error.</param>
    /// <param name="paramName">The request parameter's name.</param>
    /// <returns>The lead, known not to be null.</returns>
    public static LeadRecord Validate(LeadRecord? lead, int index, string paramName)
    {
        var checkedLead = RequestGuard.NotNullRecord(lead, index, paramName, "lead");

        // facts §2.7: every LeadRecord must carry at least one of Id, Email or ForeignSysPersonId.
        if (checkedLead.Id is null && checkedLead.Email is null && checkedLead.ForeignSysPersonId is null)
        {
            throw RequestGuard.Invalid(index, "Id", "has no key; give Id, Email, or ForeignSysPersonId with ForeignSysType", paramName);
        }

        RequestGuard.PositiveId(checkedLead.Id, index, "Id", paramName);

        if (checkedLead.ForeignSysPersonId is not null && checkedLead.ForeignSysType is null)
        {
            throw RequestGuard.Invalid(index, "ForeignSysType", "is missing; Marketo requires it whenever ForeignSysPersonId is given", paramName);
        }

        if (checkedLead.ForeignSysType is { } type && !Enum.IsDefined(type))
        {
            throw RequestGuard.Invalid(index, "ForeignSysType", "is not a defined ForeignSystemType value", paramName);
        }

        if (checkedLead.Email is { } email)
        {
            ValidateEmail(email, index, "Email", paramName);
        }

        RequestGuard.Text(checkedLead.ForeignSysPersonId, index, "ForeignSysPersonId", paramName, required: checkedLead.ForeignSysPersonId is not null);
        ValidateAttributes(checkedLead.Attributes, index, paramName);
        return checkedLead;
    }

    private static void ValidateEmail(string email, int index, string field, string paramName)
    {
        RequestGuard.Text(email, index, field, paramName, required: true);
        if (string.IsNullOrWhiteSpace(email))
        {
            // A blank key matches no lead, or every lead created with a blank address.
            throw RequestGuard.Invalid(index, field, "is blank; give an address or leave it null", paramName);
        }

        if (email.Length > MaxEmailLength)
        {
            throw TooLong(email, index, field, paramName);
        }
    }

    private static MarketoRequestValidationException TooLong(string email, int index, string field, string paramName) =>
        RequestGuard.Invalid(index, field, string.Create(CultureInfo.InvariantCulture, $"is {email.Length} characters long; Marketo accepts at most {MaxEmailLength}"), paramName);

    private static void ValidateAttributes(IReadOnlyList<LeadAttribute>? attributes, int index, string paramName)
    {
        if (attributes is null)
        {
            throw RequestGuard.Invalid(index, "Attributes", "is null; use an empty list for a lead without attributes", paramName);
        }

        var count = attributes.Count;
        HashSet<string>? names = count > PairwiseNameLimit ? new(count, StringComparer.Ordinal) : null;
        for (var a = 0; a < count; a++)
        {
            var attribute = attributes[a] ?? throw RequestGuard.Invalid(index, $"Attributes[{a}]", "is null", paramName);
            if (!RequestGuard.IsValidNameValue(attribute.Name, attribute.Value))
            {
                RequestGuard.NameValue(attribute.Name, attribute.Value, index, $"Attributes[{a}]", paramName);
            }

            if (!IsFieldName(attribute.Name))
            {
                // facts §0 (4): Marketo drops names it does not know without a word, so a name that
                // can be no field's would lose its value silently.
                throw RequestGuard.Invalid(index, $"Attributes[{a}].Name", "holds white space or a colon, which no Marketo field name does", paramName);
            }

            if (names is null ? AppearsBefore(attributes, a) : !names.Add(attribute.Name))
            {
                // Which of two values Marketo would keep is not documented; refuse rather than guess.
                throw RequestGuard.Invalid(index, $"Attributes[{a}].Name", string.Create(CultureInfo.InvariantCulture, $"repeats the name of an earlier attribute ('{attribute.Name}'); send each field once"), paramName);
            }

            // The Email attribute changes the address (facts §2.7), so it is held to the key's length;
            // an empty value stays allowed, since it clears the field.
            if (attribute.Value.Length > MaxEmailLength && string.Equals(attribute.Name, EmailAttribute, StringComparison.Ordinal))
            {
                throw TooLong(attribute.Value, index, $"Attributes[{a}].Value", paramName);
            }
        }
    }

    /// <summary>An assumption: Marketo's SOAP field names are identifiers such as <c>FirstName</c> or <c>Custom_Field__c</c>, never holding white space or a colon.</summary>
    private static bool IsFieldName(string name)
    {
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c) || c == ':')
            {
                return false;
            }
        }

        return true;
    }

    private static bool AppearsBefore(IReadOnlyList<LeadAttribute> attributes, int a)
    {
        var name = attributes[a].Name;
        for (var earlier = 0; earlier < a; earlier++)
        {
            if (string.Equals(attributes[earlier].Name, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
