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

    public void WriteGetLeadRequest(Stream output, GetLeadRequest request) =>
        RawGetLeadRequestWriter.Write(output, request, userId, _key, LocalNow());

    public void WriteGetMultipleLeadsRequest(Stream output, GetMultipleLeadsRequest request) =>
        RawGetMultipleLeadsRequestWriter.Write(output, request, userId, _key, LocalNow());

    public void WriteSyncLeadRequest(Stream output, SyncLeadRequest request) =>
        RawSyncLeadRequestWriter.Write(output, request, userId, _key, LocalNow());

    public void WriteRequestCampaignRequest(Stream output, RequestCampaignRequest request) =>
        RawRequestCampaignRequestWriter.Write(output, request, userId, _key, LocalNow());

    /// <summary>One syncMultipleLeads call with no network: the request written to a pooled buffer, the answer read from memory.</summary>
    public List<RawLeadStatus> SyncMultipleLeads(SyncMultipleLeadsRequest request, byte[] answer) =>
        Exchange(request, static (raw, output, r) => raw.WriteLeadsRequest(output, r), answer, static (input, r) => RawLeadsResponseReader.Read(input, r.Leads.Count));

    /// <summary>One syncMObjects call with no network, as <see cref="SyncMultipleLeads"/>.</summary>
    public List<RawMObjectStatus> SyncMObjects(SyncMObjectsRequest request, byte[] answer) =>
        Exchange(request, static (raw, output, r) => raw.WriteMObjectsRequest(output, r), answer, static (input, r) => RawMObjectsResponseReader.Read(input, r.Objects.Count));

    public List<RawLeadRecord> GetLead(GetLeadRequest request, byte[] answer) =>
        Exchange(request, static (raw, output, r) => raw.WriteGetLeadRequest(output, r), answer, static (input, _) => RawLeadReadResponseReader.GetLead(input));

    /// <summary>The first page of a getMultipleLeads read.</summary>
    public RawLeadPage GetMultipleLeads(GetMultipleLeadsRequest request, byte[] answer) =>
        Exchange(request, static (raw, output, r) => raw.WriteGetMultipleLeadsRequest(output, r), answer, static (input, r) => RawLeadReadResponseReader.GetMultipleLeads(input, r.BatchSize));

    public RawSyncLeadResult SyncLead(SyncLeadRequest request, byte[] answer) =>
        Exchange(request, static (raw, output, r) => raw.WriteSyncLeadRequest(output, r), answer, static (input, _) => RawSyncLeadResponseReader.Read(input));

    public bool RequestCampaign(RequestCampaignRequest request, byte[] answer) =>
        Exchange(request, static (raw, output, r) => raw.WriteRequestCampaignRequest(output, r), answer, static (input, _) => RawRequestCampaignResponseReader.Read(input));

    // Static lambdas throughout, so the exchange itself allocates no closures.
    private TResult Exchange<TRequest, TResult>(TRequest request, Action<RawMarketoCalls, Stream, TRequest> write, byte[] answer, Func<Stream, TRequest, TResult> read)
    {
        using (var output = new PooledBufferStream())
        {
            write(this, output, request);
        }

        using var input = new MemoryStream(answer, writable: false);
        return read(input, request);
    }

    // The same clock reading the client's signature uses: the provider's time in its local zone.
    private DateTimeOffset LocalNow() => TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), timeProvider.LocalTimeZone);
}
