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
            RawLeadRecordWriter.Write(writer, lead);
        }

        writer.WriteEndElement();
        if (request.DedupEnabled is { } dedup)
        {
            RawValueWriter.Boolean(writer, "dedupEnabled", dedup);
        }

        writer.WriteEndElement();
        RawEnvelopeWriter.End(writer);
    }
}
