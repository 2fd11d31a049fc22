using System.Xml;

namespace Marketo.Soap.Benchmarks.Baseline;

/// <summary>Reads a syncMultipleLeads answer into plain statuses, in answer order.</summary>
internal static class RawLeadsResponseReader
{
    public static List<RawLeadStatus> Read(Stream answer, int expectedCount)
    {
        var statuses = new List<RawLeadStatus>(expectedCount);
        if (!RawResponseReader.OpenStatusList(answer, "successSyncMultipleLeads", "syncStatusList", out var reader))
        {
            reader.Dispose();
            return statuses;
        }

        using (reader)
        {
            while (reader.NodeType == XmlNodeType.Element && reader.LocalName == "syncStatus")
            {
                statuses.Add(ReadStatus(reader));
            }
        }

        return statuses;
    }

    /// <summary>Reads the <c>syncStatus</c> the reader is on (syncMultipleLeads, syncLead), and moves past it.</summary>
    public static RawLeadStatus ReadStatus(XmlReader reader)
    {
        int leadId = 0;
        string status = string.Empty;
        string? error = null;

        reader.ReadStartElement();
        while (reader.NodeType == XmlNodeType.Element)
        {
            switch (reader.LocalName)
            {
                case "leadId":
                    leadId = reader.ReadElementContentAsInt();
                    break;
                case "status":
                    status = reader.ReadElementContentAsString();
                    break;
                case "error":
                    error = RawResponseReader.ReadNillableText(reader);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        reader.ReadEndElement();
        return new RawLeadStatus(leadId, status, error);
    }
}
