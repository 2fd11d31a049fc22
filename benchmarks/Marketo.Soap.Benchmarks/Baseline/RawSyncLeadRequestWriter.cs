using Marketo.Soap.Models;

namespace Marketo.Soap.Benchmarks.Baseline;

/// <summary>Writes a syncLead request without a workspace: the lead, whether to return it, and the cookie when given.</summary>
internal static class RawSyncLeadRequestWriter
{
    public static void Write(Stream output, SyncLeadRequest request, string userId, byte[] key, DateTimeOffset localNow)
    {
        if (request.TargetWorkspace is not null)
        {
            throw new NotSupportedException("The baseline writes no MktowsContextHeader.");
        }

        using var writer = RawEnvelopeWriter.Create(output);
        RawEnvelopeWriter.Start(writer, userId, key, localNow);
        writer.WriteStartElement("paramsSyncLead", SoapNames.Mktows);
        RawLeadRecordWriter.Write(writer, request.Lead);
        RawValueWriter.Boolean(writer, "returnLead", request.ReturnLead);
        if (request.MarketoCookie is { } cookie)
        {
            RawValueWriter.Text(writer, "marketoCookie", cookie);
        }

        writer.WriteEndElement();
        RawEnvelopeWriter.End(writer);
    }
}
