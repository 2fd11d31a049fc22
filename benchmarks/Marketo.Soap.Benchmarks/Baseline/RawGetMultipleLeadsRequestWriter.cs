using System.Globalization;
using System.Xml;
using Marketo.Soap.Models;

namespace Marketo.Soap.Benchmarks.Baseline;

/// <summary>Writes the first page's getMultipleLeads request: the selector with its <c>xsi:type</c>, a nil position, the batch size and the fields.</summary>
internal static class RawGetMultipleLeadsRequestWriter
{
    public static void Write(Stream output, GetMultipleLeadsRequest request, string userId, byte[] key, DateTimeOffset localNow)
    {
        using var writer = RawEnvelopeWriter.Create(output);
        RawEnvelopeWriter.Start(writer, userId, key, localNow);
        writer.WriteStartElement("paramsGetMultipleLeads", SoapNames.Mktows);
        WriteSelector(writer, request.Selector);
        RawValueWriter.Nil(writer, "streamPosition", inParams: true);
        RawValueWriter.Int(writer, "batchSize", request.BatchSize);
        if (request.IncludeAttributes.Count > 0)
        {
            RawValueWriter.Strings(writer, "includeAttributes", request.IncludeAttributes);
        }

        writer.WriteEndElement();
        RawEnvelopeWriter.End(writer);
    }

    private static void WriteSelector(XmlWriter writer, LeadSelector selector)
    {
        writer.WriteStartElement("leadSelector", string.Empty);
        switch (selector)
        {
            case StaticListSelector list:
                WriteXsiType(writer, "StaticListSelector");
                if (list.ListName is { } name)
                {
                    writer.WriteElementString("staticListName", name);
                }
                else
                {
                    RawValueWriter.Nil(writer, "staticListName", inParams: false);
                }

                if (list.ListId is { } id)
                {
                    RawValueWriter.Int(writer, "staticListId", id);
                }

                break;
            case LeadKeySelector keys:
                WriteXsiType(writer, "LeadKeySelector");
                writer.WriteElementString("keyType", RawLeadKeyWriter.WireName(keys.KeyType));
                RawValueWriter.Strings(writer, "keyValues", keys.Values);
                break;
            default:
                throw new NotSupportedException($"The baseline writes key and static list selectors, not {selector.GetType().Name}.");
        }

        writer.WriteEndElement();
    }

    // As the client's message writer puts it: xsi:type first, then the unqualified element's
    // xmlns="" and the type's q1 prefix, declared after the attribute that uses it.
    private static void WriteXsiType(XmlWriter writer, string type)
    {
        writer.WriteAttributeString("type", SoapNames.Xsi, string.Create(CultureInfo.InvariantCulture, $"q1:{type}"));
        writer.WriteAttributeString("xmlns", string.Empty);
        writer.WriteAttributeString("xmlns", "q1", null, SoapNames.Mktows);
    }
}
