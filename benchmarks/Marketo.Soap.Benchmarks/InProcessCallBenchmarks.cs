using BenchmarkDotNet.Attributes;
using Marketo.Soap.Benchmarks.Baseline;
using Marketo.Soap.Benchmarks.Workload;

namespace Marketo.Soap.Benchmarks;

/// <summary>
/// What the in-process CPU benchmarks share: a client whose whole call path (validation, mapping,
/// pacing, retry pipeline, WCF) runs over an in-memory handler that drains the request body and
/// answers pre-built bytes, and the baseline that writes the same bytes to a pooled buffer and
/// reads the same answer.
/// </summary>
public abstract class InProcessCallBenchmarks
{
    /// <summary>The hand-written XmlWriter/XmlReader path: the physical limit.</summary>
    private protected RawMarketoCalls Raw { get; private set; } = null!;

    /// <summary>The client under measurement, with XmlSerializer writing and reading the messages.</summary>
    protected MarketoSoapClient SoapClient { get; private set; } = null!;

    /// <summary>The same client with the build-time generated serialization.</summary>
    protected MarketoSoapClient GeneratedClient { get; private set; } = null!;

    /// <summary>The answer both paths read.</summary>
    protected byte[] Answer { get; private set; } = null!;

    [GlobalSetup]
    public void Setup()
    {
        Answer = BuildWorkload();
        Raw = new RawMarketoCalls(BenchmarkCredentials.UserId, BenchmarkCredentials.EncryptionKey, TimeProvider.System);
        SoapClient = Client(MarketoSoapSerializer.XmlSerializer);
        GeneratedClient = Client(MarketoSoapSerializer.Generated);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        SoapClient.Dispose();
        GeneratedClient.Dispose();
    }

    private MarketoSoapClient Client(MarketoSoapSerializer serializer)
    {
        var options = BenchmarkCredentials.Options();
        options.Serializer = serializer;
        return new MarketoSoapClient(options, logger: null, timeProvider: null, transport: _ => new InMemoryMarketo(Answer));
    }

    /// <summary>Builds the request a derived benchmark sends and returns the answer bytes.</summary>
    protected abstract byte[] BuildWorkload();
}
