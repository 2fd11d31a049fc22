using System.Globalization;
using System.Text;

namespace Marketo.Soap.Benchmarks.Workload;

/// <summary>A <c>leadRecord</c> as Marketo returns it from getLead, getMultipleLeads and syncLead: typed attributes, nil foreign system fields.</summary>
internal static class LeadRecordAnswer
{
    /// <summary>The attribute names every answered lead carries, in answer order.</summary>
    public static readonly string[] AttributeNames = ["FirstName", "LastName", "Company", "Phone", "City"];

    /// <summary>Appends lead number <paramref name="n"/> (id 1,000,000 + n) with the five attributes of <see cref="LeadWorkload.Lead"/>, indented by <paramref name="indent"/> spaces.</summary>
    public static void Append(StringBuilder xml, int n, int indent)
    {
        var pad = new string(' ', indent);
        xml.Append(CultureInfo.InvariantCulture, $"{pad}<leadRecord>\n{pad}  <Id>{1_000_000 + n}</Id>\n{pad}  <Email>lead{n}@example.test</Email>\n")
            .Append(CultureInfo.InvariantCulture, $"{pad}  <ForeignSysPersonId xsi:nil=\"true\"/>\n{pad}  <ForeignSysType xsi:nil=\"true\"/>\n{pad}  <leadAttributeList>\n");
        foreach (var attribute in LeadWorkload.Lead(n).Attributes)
        {
            xml.Append(CultureInfo.InvariantCulture, $"{pad}    <attribute>\n{pad}      <attrName>{attribute.Name}</attrName>\n{pad}      <attrType>string</attrType>\n{pad}      <attrValue>{attribute.Value}</attrValue>\n{pad}    </attribute>\n");
        }

        xml.Append(CultureInfo.InvariantCulture, $"{pad}  </leadAttributeList>\n{pad}</leadRecord>\n");
    }
}
