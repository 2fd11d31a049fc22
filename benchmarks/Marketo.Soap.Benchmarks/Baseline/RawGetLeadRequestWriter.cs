using Marketo.Soap.Models;

namespace Marketo.Soap.Benchmarks.Baseline;

/// <summary>Writes a getLead request: the envelope and one lead key.</summary>
internal static class RawGetLeadRequestWriter
{
    public static void Write(Stream output, GetLeadRequest request, string userId, byte[] key, DateTimeOffset localNow)
    {
        using var writer = RawEnvelopeWriter.Create(output);
        RawEnvelopeWriter.Start(writer, userId, key, localNow);
        writer.WriteStartElement("paramsGetLead", SoapNames.Mktows);
        RawLeadKeyWriter.Write(writer, request.Key);
        writer.WriteEndElement();
        RawEnvelopeWriter.End(writer);
    }
}
