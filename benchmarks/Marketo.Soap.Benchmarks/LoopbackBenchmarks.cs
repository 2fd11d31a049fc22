using BenchmarkDotNet.Attributes;
using Marketo.Soap.Benchmarks.Loopback;
using Marketo.Soap.Benchmarks.Workload;
using Marketo.Soap.Models;
using Marketo.Soap.Testing;

namespace Marketo.Soap.Benchmarks;

/// <summary>
/// End to end on loopback: 300-lead syncMultipleLeads calls over real HTTP to the Marketo emulator
/// (limits lifted), one call at a time, the client against a raw <see cref="HttpClient"/> sending
/// the baseline's bytes. Each iteration is one call, so the percentiles are those of single calls
/// and Op/s is calls per second.
/// </summary>
/// <remarks>The emulator runs in the benchmark's process and shares its two cores, as a co-located server would.</remarks>
[MemoryDiagnoser]
public class LoopbackBenchmarks
{
    private const int Leads = 300;

    private MarketoSoapEmulator _emulator = null!;
    private SyncMultipleLeadsRequest _request = null!;
    private RawHttpMarketo _raw = null!;
    private MarketoSoapClient _client = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _emulator = await RelaxedEmulator.StartAsync().ConfigureAwait(false);
        _request = LeadWorkload.Request(Leads);
        _raw = new RawHttpMarketo(_emulator.Endpoint, _emulator.UserId, _emulator.EncryptionKey);
        _client = new MarketoSoapClient(BenchmarkCredentials.Options(_emulator.Endpoint, _emulator.UserId, _emulator.EncryptionKey));
    }

    // The emulator keeps every exchange; cleared between iterations, outside what is measured.
    [IterationCleanup]
    public void ForgetExchanges() => _emulator.ClearExchanges();

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _client.Dispose();
        _raw.Dispose();
        await _emulator.DisposeAsync().ConfigureAwait(false);
    }

    [Benchmark(Baseline = true, Description = "HttpClient + XmlWriter/XmlReader (physical limit)")]
    public async Task<int> Baseline() => (await _raw.SyncMultipleLeadsAsync(_request).ConfigureAwait(false)).Count;

    [Benchmark(Description = "MarketoSoapClient")]
    public async Task<int> Client() => (await _client.SyncMultipleLeadsAsync(_request).ConfigureAwait(false)).Results.Count;
}
