using System.Xml;

namespace Marketo.Soap.Benchmarks.Baseline;

/// <summary>Reads a syncMObjects answer into plain statuses, in answer order.</summary>
internal static class RawMObjectsResponseReader
{
    public static List<RawMObjectStatus> Read(Stream answer, int expectedCount)
    {
        var statuses = new List<RawMObjectStatus>(expectedCount);
        if (!RawResponseReader.OpenStatusList(answer, "successSyncMObjects", "mObjStatusList", out var reader))
        {
            reader.Dispose();
            return statuses;
        }

        using (reader)
        {
            while (reader.NodeType == XmlNodeType.Element && reader.LocalName == "mObjStatus")
            {
                statuses.Add(ReadStatus(reader));
            }
        }

        return statuses;
    }

    private static RawMObjectStatus ReadStatus(XmlReader reader)
    {
        int? id = null;
        string? keyName = null, keyValue = null, error = null;
        string status = string.Empty;

        reader.ReadStartElement();
        while (reader.NodeType == XmlNodeType.Element)
        {
            switch (reader.LocalName)
            {
                case "id":
                    id = RawResponseReader.ReadNillableInt(reader);
                    break;
                case "externalKey":
                    (keyName, keyValue) = ReadPair(reader);
                    break;
                case "status":
                    status = reader.ReadElementContentAsString();
                    break;
                case "error":
                    error = reader.ReadElementContentAsString();
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        reader.ReadEndElement();
        return new RawMObjectStatus(id, keyName, keyValue, status, error);
    }

    private static (string? Name, string? Value) ReadPair(XmlReader reader)
    {
        string? name = null, value = null;
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return (name, value);
        }

        reader.ReadStartElement();
        while (reader.NodeType == XmlNodeType.Element)
        {
            switch (reader.LocalName)
            {
                case "name":
                    name = reader.ReadElementContentAsString();
                    break;
                case "value":
                    value = reader.ReadElementContentAsString();
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        reader.ReadEndElement();
        return (name, value);
    }
}
