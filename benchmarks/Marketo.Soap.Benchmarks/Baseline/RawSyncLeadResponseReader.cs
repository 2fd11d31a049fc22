using System.Xml;

namespace Marketo.Soap.Benchmarks.Baseline;

/// <summary>Reads a syncLead answer: the lead id, its status and the lead when it was asked back.</summary>
internal static class RawSyncLeadResponseReader
{
    public static RawSyncLeadResult Read(Stream answer)
    {
        var leadId = 0;
        RawLeadStatus? status = null;
        RawLeadRecord? lead = null;
        using (var reader = RawResponseReader.OpenResultContent(answer, "successSyncLead"))
        {
            while (reader.NodeType == XmlNodeType.Element)
            {
                switch (reader.LocalName)
                {
                    case "leadId":
                        leadId = reader.ReadElementContentAsInt();
                        break;
                    case "syncStatus":
                        status = RawLeadsResponseReader.ReadStatus(reader);
                        break;
                    case "leadRecord":
                        lead = RawLeadRecordReader.Read(reader);
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }
        }

        return new RawSyncLeadResult(leadId, status ?? throw new InvalidDataException("The answer has no syncStatus."), lead);
    }
}
