using System.Globalization;
using Marketo.Soap.Models;

namespace Marketo.Soap.Benchmarks.Workload;

/// <summary>The syncMultipleLeads call every lead benchmark makes: email-keyed leads with five attributes each, and Marketo's answer.</summary>
internal static class LeadWorkload
{
    /// <summary><paramref name="count"/> leads keyed by email, each with five attributes, deduplicated by email.</summary>
    public static SyncMultipleLeadsRequest Request(int count) => new()
    {
        Leads = Enumerable.Range(0, count).Select(Lead).ToArray(),
        DedupEnabled = true,
    };

    /// <summary>Lead number <paramref name="n"/>: a stable email key and five attributes whose values vary with n.</summary>
    public static LeadRecord Lead(int n) => new()
    {
        Email = string.Create(CultureInfo.InvariantCulture, $"lead{n}@example.test"),
        Attributes =
        [
            new("FirstName", string.Create(CultureInfo.InvariantCulture, $"First{n}")),
            new("LastName", string.Create(CultureInfo.InvariantCulture, $"Last{n}")),
            new("Company", string.Create(CultureInfo.InvariantCulture, $"Company {n % 97}")),
            new("Phone", string.Create(CultureInfo.InvariantCulture, $"+1-650-555-{n % 10000:D4}")),
            new("City", "San Mateo"),
        ],
    };

    /// <summary>
    /// Marketo's answer to a call of <paramref name="count"/> leads, in the shape of its recorded
    /// answers (SOAP-ENV and ns1 prefixes, <c>xsi:nil</c> errors, indented): even positions
    /// created, odd ones updated, lead ids from 1,000,000.
    /// </summary>
    public static byte[] Response(int count)
    {
        const string Success = "successSyncMultipleLeads";
        var xml = SoapAnswer.Start(Success, 200 + (count * 140)).Append("        <syncStatusList>\n");
        for (var i = 0; i < count; i++)
        {
            xml.Append(CultureInfo.InvariantCulture, $"          <syncStatus>\n            <leadId>{1_000_000 + i}</leadId>\n            <status>{(i % 2 == 0 ? "CREATED" : "UPDATED")}</status>\n            <error xsi:nil=\"true\" />\n          </syncStatus>\n");
        }

        xml.Append("        </syncStatusList>\n");
        return SoapAnswer.End(xml, Success);
    }
}
