using BenchmarkDotNet.Attributes;
using Marketo.Soap.Benchmarks.Verification;
using Marketo.Soap.Benchmarks.Workload;
using Marketo.Soap.Models;
using Marketo.Soap.Testing;
using Microsoft.AspNetCore.Http;

namespace Marketo.Soap.Benchmarks;

/// <summary>
/// The emulator's own cost to answer a 300-lead syncMultipleLeads beside the client's own cost for
/// the same call, in one run, so the ratio compares like with like (target: the emulator at most 3x
/// the client).
/// </summary>
/// <remarks>
/// Neither side touches a socket. The client runs its whole call path over an in-memory handler
/// that answers with the bytes the emulator wrote for this very request. The emulator is handed
/// the bytes the client wrote for it, through its SOAP endpoint's request handler with an
/// in-memory HTTP context: reading the body, schema checks, signature, limits, applying 300 leads to
/// its store, writing the answer and logging the exchange. Both clocks are stopped at one instant,
/// so the request signed once stays valid for every iteration. After the first call every lead
/// exists, so the emulator measures 300 updates, the steady state of a sync job.
/// </remarks>
[MemoryDiagnoser]
public class EmulatorCostBenchmarks
{
    private const int Leads = 300;

    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    private MarketoSoapEmulator _emulator = null!;
    private MarketoSoapClient _client = null!;
    private SyncMultipleLeadsRequest _request = null!;
    private byte[] _wire = [];

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var clock = new FixedClock(Now);
        _emulator = await MarketoSoapEmulator.StartAsync(new MarketoSoapEmulatorOptions
        {
            TimeProvider = clock,
            CallsPer20Seconds = 10_000_000,
            MaxConcurrentCalls = 1_000,
            DailyQuota = int.MaxValue,
        }).ConfigureAwait(false);
        _request = LeadWorkload.Request(Leads);

        // The client's bytes for the call, then the emulator's answer to them (twice: the second is the
        // steady state, every lead updated), which the client then reads on every iteration.
        var capture = new CapturingMarketo(LeadWorkload.Response(Leads));
        using (var capturing = new MarketoSoapClient(BenchmarkCredentials.Options(_emulator.Endpoint, _emulator.UserId, _emulator.EncryptionKey), null, clock, _ => capture))
        {
            await capturing.SyncMultipleLeadsAsync(_request).ConfigureAwait(false);
        }

        _wire = capture.LastRequest;
        await AnswerAsync().ConfigureAwait(false);
        var answer = await AnswerAsync().ConfigureAwait(false);
        if (answer.StatusCode != StatusCodes.Status200OK)
        {
            throw new InvalidOperationException($"The emulator refused the benchmark's call with HTTP {answer.StatusCode}.");
        }

        _client = new MarketoSoapClient(BenchmarkCredentials.Options(), logger: null, timeProvider: clock, transport: _ => new InMemoryMarketo(((MemoryStream)answer.Body).ToArray()));
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _client.Dispose();
        await _emulator.DisposeAsync().ConfigureAwait(false);
    }

    [Benchmark(Baseline = true, Description = "MarketoSoapClient (its own cost)")]
    public async Task<int> Client() => (await _client.SyncMultipleLeadsAsync(_request).ConfigureAwait(false)).Results.Count;

    [Benchmark(Description = "Emulator answering (its own cost)")]
    public async Task<int> Emulator() => (await AnswerAsync().ConfigureAwait(false)).StatusCode;

    private async Task<HttpResponse> AnswerAsync()
    {
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Post;
        context.Request.Path = _emulator.Endpoint.AbsolutePath;
        context.Request.ContentType = "text/xml; charset=utf-8";
        context.Request.Headers["SOAPAction"] = "\"http://www.marketo.com/mktows/syncMultipleLeads\"";
        context.Request.ContentLength = _wire.Length;
        context.Request.Body = new MemoryStream(_wire, writable: false);
        context.Response.Body = new MemoryStream();
        await _emulator.SoapEndpoint.HandleAsync(context).ConfigureAwait(false);
        return context.Response;
    }
}
