using BenchmarkDotNet.Attributes;
using Marketo.Soap.Benchmarks.Loopback;
using Marketo.Soap.Benchmarks.Workload;
using Marketo.Soap.Models;
using Marketo.Soap.Testing;

namespace Marketo.Soap.Benchmarks;

/// <summary>
/// End to end on loopback: 300-lead syncMultipleLeads calls over real HTTP to the Marketo emulator
/// (limits lifted) or to a canned server that answers pre-built bytes without parsing the request
/// (<see cref="Server"/>), one call at a time, the client against a raw <see cref="HttpClient"/>
/// sending the baseline's bytes. Each iteration is one call, so the percentiles are those of single calls
/// and Op/s is calls per second.
/// </summary>
/// <remarks>The emulator runs in the benchmark's process and shares its two cores, as a co-located server would.</remarks>
[MemoryDiagnoser]
public class LoopbackBenchmarks
{
    private const int Leads = 300;

    private MarketoSoapEmulator? _emulator;
    private CannedMarketo? _canned;
    private SyncMultipleLeadsRequest _request = null!;
    private RawHttpMarketo _raw = null!;
    private MarketoSoapClient _client = null!;

    /// <summary>What answers: <c>emulator</c> (which parses, checks and stores each call) or <c>canned</c> (the same answer bytes every time, nothing parsed).</summary>
    [Params("emulator", "canned")]
    public string Server { get; set; } = "emulator";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _request = LeadWorkload.Request(Leads);
        Uri endpoint;
        string userId = BenchmarkCredentials.UserId, encryptionKey = BenchmarkCredentials.EncryptionKey;
        if (Server == "canned")
        {
            _canned = CannedMarketo.Start(LeadWorkload.Response(Leads));
            endpoint = _canned.Endpoint;
        }
        else
        {
            _emulator = await RelaxedEmulator.StartAsync().ConfigureAwait(false);
            (endpoint, userId, encryptionKey) = (_emulator.Endpoint, _emulator.UserId, _emulator.EncryptionKey);
        }

        _raw = new RawHttpMarketo(endpoint, userId, encryptionKey);
        _client = new MarketoSoapClient(BenchmarkCredentials.Options(endpoint, userId, encryptionKey));
    }

    // The emulator keeps every exchange; cleared between iterations, outside what is measured.
    [IterationCleanup]
    public void ForgetExchanges() => _emulator?.ClearExchanges();

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _client.Dispose();
        _raw.Dispose();
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync().ConfigureAwait(false);
        }

        if (_canned is not null)
        {
            await _canned.DisposeAsync().ConfigureAwait(false);
        }
    }

    [Benchmark(Baseline = true, Description = "HttpClient + XmlWriter/XmlReader (physical limit)")]
    public async Task<int> Baseline() => (await _raw.SyncMultipleLeadsAsync(_request).ConfigureAwait(false)).Count;

    [Benchmark(Description = "MarketoSoapClient")]
    public async Task<int> Client() => (await _client.SyncMultipleLeadsAsync(_request).ConfigureAwait(false)).Results.Count;
}
