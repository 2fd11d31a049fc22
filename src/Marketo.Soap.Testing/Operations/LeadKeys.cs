using System.Globalization;
using Marketo.Soap.Testing.Soap;

namespace Marketo.Soap.Testing.Operations;

/// <summary>Finds the leads a <c>LeadKeyRef</c> and value name (operations facts §2.3); callers hold the store's gate.</summary>
/// <remarks>
/// The emulator knows Marketo ids, emails and foreign ids: <c>IDNUM</c> and <c>EMAIL</c> are Marketo's,
/// <c>SFDCLEADID</c> and <c>SFDCCONTACTID</c> match a lead's SFDC foreign id. The emulator holds no
/// cookies, owners, accounts or opportunities of Salesforce, so the other key types match no lead:
/// an emulator assumption.
/// </remarks>
internal static class LeadKeys
{
    /// <summary>The matching leads, highest id first, as in the captured answer for two leads sharing an email.</summary>
    /// <exception cref="SoapFault">20102 when an <c>IDNUM</c> value is not a number.</exception>
    public static IReadOnlyList<StoredLead> FindLocked(MarketoEmulatorStore store, string keyType, string keyValue)
    {
        var value = keyValue.Trim();
        IEnumerable<StoredLead> found = keyType switch
        {
            "IDNUM" => store.FindLeadLocked(ParseId(value)) is { } lead ? [lead] : [],
            "EMAIL" => store.LeadsLocked.Where(l => string.Equals(l.Email, value, StringComparison.OrdinalIgnoreCase)),
            "SFDCLEADID" or "SFDCCONTACTID" => store.FindLeadByForeignIdLocked(new ForeignPersonId("SFDC", value)) is { } lead ? [lead] : [],
            _ => [],
        };
        return [.. found.OrderByDescending(l => l.Id)];
    }

    private static int ParseId(string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw SoapFault.Marketo(20102, "Lead key bad: IDNUM must be a lead id, not " + value);
}
