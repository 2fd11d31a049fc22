using System.Xml;

namespace Marketo.Soap.Benchmarks.Baseline;

/// <summary>Reads the <c>leadRecord</c> elements of getLead, getMultipleLeads and syncLead answers into plain records.</summary>
internal static class RawLeadRecordReader
{
    /// <summary>Reads the <c>leadRecord</c>s of the list element the reader is on, and moves past the list.</summary>
    public static List<RawLeadRecord> ReadList(XmlReader reader, int expectedCount)
    {
        var leads = new List<RawLeadRecord>(expectedCount);
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return leads;
        }

        reader.ReadStartElement();
        while (reader.NodeType == XmlNodeType.Element)
        {
            leads.Add(Read(reader));
        }

        reader.ReadEndElement();
        return leads;
    }

    /// <summary>Reads the <c>leadRecord</c> the reader is on, and moves past it.</summary>
    public static RawLeadRecord Read(XmlReader reader)
    {
        int? id = null;
        string? email = null, personId = null, systemType = null;
        var attributes = new List<RawLeadAttribute>();

        reader.ReadStartElement();
        while (reader.NodeType == XmlNodeType.Element)
        {
            switch (reader.LocalName)
            {
                case "Id":
                    id = RawResponseReader.ReadNillableInt(reader);
                    break;
                case "Email":
                    email = RawResponseReader.ReadNillableText(reader);
                    break;
                case "ForeignSysPersonId":
                    personId = RawResponseReader.ReadNillableText(reader);
                    break;
                case "ForeignSysType":
                    systemType = RawResponseReader.ReadNillableText(reader);
                    break;
                case "leadAttributeList" when !reader.IsEmptyElement:
                    reader.ReadStartElement();
                    while (reader.NodeType == XmlNodeType.Element)
                    {
                        attributes.Add(ReadAttribute(reader));
                    }

                    reader.ReadEndElement();
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        reader.ReadEndElement();
        return new RawLeadRecord(id, email, personId, systemType, attributes);
    }

    private static RawLeadAttribute ReadAttribute(XmlReader reader)
    {
        string name = string.Empty, value = string.Empty;
        string? type = null;
        reader.ReadStartElement();
        while (reader.NodeType == XmlNodeType.Element)
        {
            switch (reader.LocalName)
            {
                case "attrName":
                    name = reader.ReadElementContentAsString();
                    break;
                case "attrType":
                    type = RawResponseReader.ReadNillableText(reader);
                    break;
                case "attrValue":
                    value = reader.ReadElementContentAsString();
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        reader.ReadEndElement();
        return new RawLeadAttribute(name, type, value);
    }
}
