using System.Net.Http.Headers;
using Marketo.Soap.Benchmarks.Baseline;
using Marketo.Soap.Models;

namespace Marketo.Soap.Benchmarks.Loopback;

/// <summary>
/// The baseline over the network: the baseline's bytes posted with a plain <see cref="HttpClient"/>
/// straight from the pooled buffer, and the answer read from the response stream as it arrives,
/// with no copy in between.
/// </summary>
internal sealed class RawHttpMarketo(Uri endpoint, string userId, string encryptionKey) : IDisposable
{
    private static readonly MediaTypeHeaderValue SoapContentType = MediaTypeHeaderValue.Parse("text/xml; charset=utf-8");

    private readonly HttpClient _http = new();
    private readonly RawMarketoCalls _raw = new(userId, encryptionKey, TimeProvider.System);

    public async Task<List<RawLeadStatus>> SyncMultipleLeadsAsync(SyncMultipleLeadsRequest request, CancellationToken cancellationToken = default)
    {
        using var body = new PooledBufferStream();
        _raw.WriteLeadsRequest(body, request);

        using var message = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ReadOnlyMemoryContent(body.WrittenMemory) };
        message.Content.Headers.ContentType = SoapContentType;
        message.Headers.TryAddWithoutValidation("SOAPAction", "\"" + SoapNames.SyncMultipleLeadsAction + "\"");

        using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        await using var answer = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        return RawLeadsResponseReader.Read(answer, request.Leads.Count);
    }

    public void Dispose() => _http.Dispose();
}
