using System.Xml;
using Marketo.Soap.Models;

namespace Marketo.Soap.Benchmarks.Baseline;

/// <summary>Writes a <c>leadRecord</c> (syncMultipleLeads, syncLead) in the element order the schema fixes, leaving out what the lead leaves unset.</summary>
internal static class RawLeadRecordWriter
{
    public static void Write(XmlWriter writer, LeadRecord lead)
    {
        writer.WriteStartElement("leadRecord", string.Empty);
        if (lead.Id is { } id)
        {
            writer.WriteStartElement("Id");
            writer.WriteValue(id);
            writer.WriteEndElement();
        }

        RawValueWriter.OptionalText(writer, "Email", lead.Email);
        RawValueWriter.OptionalText(writer, "ForeignSysPersonId", lead.ForeignSysPersonId);
        if (lead.ForeignSysType is { } type)
        {
            writer.WriteElementString("ForeignSysType", type switch
            {
                ForeignSystemType.Custom => "CUSTOM",
                ForeignSystemType.Sfdc => "SFDC",
                _ => "NETSUITE",
            });
        }

        if (lead.Attributes.Count > 0)
        {
            writer.WriteStartElement("leadAttributeList");
            foreach (var attribute in lead.Attributes)
            {
                writer.WriteStartElement("attribute");
                writer.WriteElementString("attrName", attribute.Name);
                RawValueWriter.OptionalText(writer, "attrType", attribute.Type);
                writer.WriteElementString("attrValue", attribute.Value);
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }
}
