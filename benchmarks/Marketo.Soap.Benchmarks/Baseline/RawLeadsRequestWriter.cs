using System.Xml;
using Marketo.Soap.Models;

namespace Marketo.Soap.Benchmarks.Baseline;

/// <summary>Writes a syncMultipleLeads request straight from the typed request, in the element order the schema fixes.</summary>
internal static class RawLeadsRequestWriter
{
    public static void Write(Stream output, SyncMultipleLeadsRequest request, string userId, byte[] key, DateTimeOffset localNow)
    {
        using var writer = RawEnvelopeWriter.Create(output);
        RawEnvelopeWriter.Start(writer, userId, key, localNow);

        writer.WriteStartElement("paramsSyncMultipleLeads", SoapNames.Mktows);
        writer.WriteStartElement("leadRecordList", string.Empty);
        foreach (var lead in request.Leads)
        {
            writer.WriteStartElement("leadRecord");
            if (lead.Id is { } id)
            {
                writer.WriteStartElement("Id");
                writer.WriteValue(id);
                writer.WriteEndElement();
            }

            WriteOptional(writer, "Email", lead.Email);
            WriteOptional(writer, "ForeignSysPersonId", lead.ForeignSysPersonId);
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
                    writer.WriteElementString("attrValue", attribute.Value);
                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        if (request.DedupEnabled is { } dedup)
        {
            writer.WriteStartElement("dedupEnabled", string.Empty);
            writer.WriteString(dedup ? "true" : "false");
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        RawEnvelopeWriter.End(writer);
    }

    private static void WriteOptional(XmlWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteElementString(name, value);
        }
    }
}
