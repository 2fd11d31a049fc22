using System.Xml;

namespace Marketo.Soap.Benchmarks.Baseline;

/// <summary>Reads the answers of the lead reads (getLead, getMultipleLeads) into plain records.</summary>
internal static class RawLeadReadResponseReader
{
    public static List<RawLeadRecord> GetLead(Stream answer)
    {
        List<RawLeadRecord>? leads = null;
        var count = 0;
        using (var reader = RawResponseReader.OpenResultContent(answer, "successGetLead"))
        {
            while (reader.NodeType == XmlNodeType.Element)
            {
                switch (reader.LocalName)
                {
                    case "count":
                        count = reader.ReadElementContentAsInt();
                        break;
                    case "leadRecordList":
                        leads = RawLeadRecordReader.ReadList(reader, count);
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }
        }

        return leads ?? [];
    }

    public static RawLeadPage GetMultipleLeads(Stream answer, int batchSize)
    {
        int returnCount = 0, remainingCount = 0;
        string? position = null;
        List<RawLeadRecord>? leads = null;
        using (var reader = RawResponseReader.OpenResultContent(answer, "successGetMultipleLeads"))
        {
            while (reader.NodeType == XmlNodeType.Element)
            {
                switch (reader.LocalName)
                {
                    case "returnCount":
                        returnCount = reader.ReadElementContentAsInt();
                        break;
                    case "remainingCount":
                        remainingCount = reader.ReadElementContentAsInt();
                        break;
                    case "newStreamPosition":
                        position = RawResponseReader.ReadNillableText(reader);
                        break;
                    case "leadRecordList":
                        leads = RawLeadRecordReader.ReadList(reader, Math.Min(returnCount, batchSize));
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }
        }

        return new RawLeadPage(returnCount, remainingCount, position, leads ?? []);
    }
}
