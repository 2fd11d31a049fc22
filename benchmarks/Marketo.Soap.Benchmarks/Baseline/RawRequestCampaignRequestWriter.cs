using Marketo.Soap.Models;

namespace Marketo.Soap.Benchmarks.Baseline;

/// <summary>Writes a requestCampaign request: the source, the campaign by id or by names, the lead keys and the program tokens.</summary>
internal static class RawRequestCampaignRequestWriter
{
    public static void Write(Stream output, RequestCampaignRequest request, string userId, byte[] key, DateTimeOffset localNow)
    {
        using var writer = RawEnvelopeWriter.Create(output);
        RawEnvelopeWriter.Start(writer, userId, key, localNow);
        writer.WriteStartElement("paramsRequestCampaign", SoapNames.Mktows);
        RawValueWriter.Text(writer, "source", request.Source == CampaignSource.Sales ? "SALES" : "MKTOWS");
        if (request.CampaignId is { } id)
        {
            RawValueWriter.Int(writer, "campaignId", id);
        }

        writer.WriteStartElement("leadList", string.Empty);
        foreach (var lead in request.Leads)
        {
            RawLeadKeyWriter.Write(writer, lead);
        }

        writer.WriteEndElement();
        RawValueWriter.OptionalText(writer, "programName", request.ProgramName);
        RawValueWriter.OptionalText(writer, "campaignName", request.CampaignName);
        if (request.Tokens.Count > 0)
        {
            writer.WriteStartElement("programTokenList", string.Empty);
            foreach (var token in request.Tokens)
            {
                writer.WriteStartElement("attrib");
                writer.WriteElementString("name", token.Name);
                writer.WriteElementString("value", token.Value);
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        RawEnvelopeWriter.End(writer);
    }
}
