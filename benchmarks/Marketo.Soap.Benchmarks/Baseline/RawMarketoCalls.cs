using System.Text;
using Marketo.Soap.Models;

namespace Marketo.Soap.Benchmarks.Baseline;

/// <summary>
/// The physical limit the client is measured against: the same request bytes written with a
/// hand-written <see cref="System.Xml.XmlWriter"/> into a pooled buffer, and the same answer read
/// with an <see cref="System.Xml.XmlReader"/> into plain objects. No WCF, no validation, no
/// pacing, no retries, no telemetry.
/// </summary>
internal sealed class RawMarketoCalls(string userId, string encryptionKey, TimeProvider timeProvider)
{
    private readonly byte[] _key = Encoding.UTF8.GetBytes(encryptionKey);

    public void WriteLeadsRequest(Stream output, SyncMultipleLeadsRequest request) =>
        RawLeadsRequestWriter.Write(output, request, userId, _key, LocalNow());

    public void WriteMObjectsRequest(Stream output, SyncMObjectsRequest request) =>
        RawMObjectsRequestWriter.Write(output, request, userId, _key, LocalNow());

    /// <summary>One syncMultipleLeads call with no network: the request written to a pooled buffer, the answer read from memory.</summary>
    public List<RawLeadStatus> SyncMultipleLeads(SyncMultipleLeadsRequest request, byte[] answer)
    {
        using (var output = new PooledBufferStream())
        {
            WriteLeadsRequest(output, request);
        }

        using var input = new MemoryStream(answer, writable: false);
        return RawLeadsResponseReader.Read(input, request.Leads.Count);
    }

    /// <summary>One syncMObjects call with no network, as <see cref="SyncMultipleLeads"/>.</summary>
    public List<RawMObjectStatus> SyncMObjects(SyncMObjectsRequest request, byte[] answer)
    {
        using (var output = new PooledBufferStream())
        {
            WriteMObjectsRequest(output, request);
        }

        using var input = new MemoryStream(answer, writable: false);
        return RawMObjectsResponseReader.Read(input, request.Objects.Count);
    }

    // The same clock reading the client's signature uses: the provider's time in its local zone.
    private DateTimeOffset LocalNow() => TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), timeProvider.LocalTimeZone);
}
