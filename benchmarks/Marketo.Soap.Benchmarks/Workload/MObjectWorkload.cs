using System.Globalization;
using System.Text;
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
        var xml = new StringBuilder(200 + (count * 220));
        xml.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
            .Append("<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:ns1=\"http://www.marketo.com/mktows/\">\n")
            .Append("  <SOAP-ENV:Body>\n    <ns1:successSyncMObjects>\n      <result>\n        <mObjStatusList>\n");
        for (var i = 0; i < count; i++)
        {
            xml.Append(CultureInfo.InvariantCulture, $"          <mObjStatus>\n            <id>{5000 + i}</id>\n            <externalKey>\n              <name>ExternalOpportunityId</name>\n              <value>{ExternalKey(i)}</value>\n            </externalKey>\n            <status>CREATED</status>\n          </mObjStatus>\n");
        }

        xml.Append("        </mObjStatusList>\n      </result>\n    </ns1:successSyncMObjects>\n  </SOAP-ENV:Body>\n</SOAP-ENV:Envelope>\n");
        return Encoding.UTF8.GetBytes(xml.ToString());
    }

    private static string ExternalKey(int n) => string.Create(CultureInfo.InvariantCulture, $"OPP-{n:D6}");
}
