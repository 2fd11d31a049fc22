using System.Globalization;
using Marketo.Soap.Models;

namespace Marketo.Soap.Benchmarks.Workload;

/// <summary>
/// The syncMObjects call every MObject benchmark makes: an UPSERT of Opportunities keyed by
/// external key, each with three attributes and an association to its Company, and Marketo's answer.
/// </summary>
internal static class MObjectWorkload
{
    public static SyncMObjectsRequest Request(int count) => new()
    {
        Operation = MObjectOperation.Upsert,
        Objects = Enumerable.Range(0, count).Select(Opportunity).ToArray(),
    };

    public static MObjectRecord Opportunity(int n) => new()
    {
        Type = MObjectTypes.Opportunity,
        ExternalKey = new("ExternalOpportunityId", ExternalKey(n)),
        Attributes =
        [
            new("Name", string.Create(CultureInfo.InvariantCulture, $"Renewal {n}")),
            new("Amount", string.Create(CultureInfo.InvariantCulture, $"{1000 + n}.00")),
            new("Stage", "Prospecting"),
        ],
        Associations =
        [
            new MObjectAssociation { Type = "Company", ExternalKey = new("ExternalCompanyId", string.Create(CultureInfo.InvariantCulture, $"ACME-{n % 50}")) },
        ],
    };

    /// <summary>Marketo's answer to an UPSERT of <paramref name="count"/> opportunities: ids from 5,000, each echoing its external key, all created.</summary>
    public static byte[] Response(int count)
    {
        const string Success = "successSyncMObjects";
        var xml = SoapAnswer.Start(Success, 200 + (count * 220)).Append("        <mObjStatusList>\n");
        for (var i = 0; i < count; i++)
        {
            xml.Append(CultureInfo.InvariantCulture, $"          <mObjStatus>\n            <id>{5000 + i}</id>\n            <externalKey>\n              <name>ExternalOpportunityId</name>\n              <value>{ExternalKey(i)}</value>\n            </externalKey>\n            <status>CREATED</status>\n          </mObjStatus>\n");
        }

        xml.Append("        </mObjStatusList>\n");
        return SoapAnswer.End(xml, Success);
    }

    private static string ExternalKey(int n) => string.Create(CultureInfo.InvariantCulture, $"OPP-{n:D6}");
}
