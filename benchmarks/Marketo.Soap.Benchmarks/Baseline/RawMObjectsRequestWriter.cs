using System.Xml;
using Marketo.Soap.Models;

namespace Marketo.Soap.Benchmarks.Baseline;

/// <summary>Writes a syncMObjects request straight from the typed request, in the element order the schema fixes.</summary>
internal static class RawMObjectsRequestWriter
{
    public static void Write(Stream output, SyncMObjectsRequest request, string userId, byte[] key, DateTimeOffset localNow)
    {
        using var writer = RawEnvelopeWriter.Create(output);
        RawEnvelopeWriter.Start(writer, userId, key, localNow);

        writer.WriteStartElement("paramsSyncMObjects", SoapNames.Mktows);
        writer.WriteStartElement("mObjectList", string.Empty);
        foreach (var record in request.Objects)
        {
            writer.WriteStartElement("mObject");
            writer.WriteElementString("type", record.Type);
            WriteId(writer, record.Id);
            WritePair(writer, "externalKey", record.ExternalKey);
            WritePairs(writer, "attribList", record.Attributes);
            if (record.TypeAttributes.Count > 0)
            {
                writer.WriteStartElement("typeAttribList");
                foreach (var group in record.TypeAttributes)
                {
                    writer.WriteStartElement("typeAttrib");
                    writer.WriteElementString("attrType", group.AttrType);
                    WritePairs(writer, "attrList", group.Attributes);
                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
            }

            if (record.Associations.Count > 0)
            {
                writer.WriteStartElement("associationList");
                foreach (var association in record.Associations)
                {
                    writer.WriteStartElement("mObjAssociation");
                    writer.WriteElementString("mObjType", association.Type);
                    WriteId(writer, association.Id);
                    WritePair(writer, "externalKey", association.ExternalKey);
                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteStartElement("operation", string.Empty);
        writer.WriteString(request.Operation switch
        {
            MObjectOperation.Upsert => "UPSERT",
            MObjectOperation.Insert => "INSERT",
            _ => "UPDATE",
        });
        writer.WriteEndElement();
        writer.WriteEndElement();
        RawEnvelopeWriter.End(writer);
    }

    private static void WriteId(XmlWriter writer, int? id)
    {
        if (id is { } value)
        {
            writer.WriteStartElement("id");
            writer.WriteValue(value);
            writer.WriteEndElement();
        }
    }

    private static void WritePair(XmlWriter writer, string element, MObjectAttribute? pair)
    {
        if (pair is not null)
        {
            writer.WriteStartElement(element);
            writer.WriteElementString("name", pair.Name);
            writer.WriteElementString("value", pair.Value);
            writer.WriteEndElement();
        }
    }

    private static void WritePairs(XmlWriter writer, string list, IReadOnlyList<MObjectAttribute> pairs)
    {
        if (pairs.Count > 0)
        {
            writer.WriteStartElement(list);
            foreach (var pair in pairs)
            {
                WritePair(writer, "attrib", pair);
            }

            writer.WriteEndElement();
        }
    }
}
