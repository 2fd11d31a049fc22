using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Marketo.Soap.Benchmarks.Workload;
using Marketo.Soap.Models;
using Microsoft.Extensions.Logging;

namespace Marketo.Soap.Benchmarks;

/// <summary>
/// What Trace logging (the raw SOAP of events 100 and 101) costs a syncMultipleLeads call of 300
/// leads, against the same call with Trace off, for three answers: Marketo's usual 300 statuses,
/// a legal 3.5 MB answer (300 statuses with long error texts), and a 70 KB answer of 10,000
/// nested elements. The sink formats every message, as a real one would, and drops it.
/// </summary>
[MemoryDiagnoser]
public class TraceCostBenchmarks
{
    private const int Leads = 300;

    private SyncMultipleLeadsRequest _request = null!;
    private MarketoSoapClient _traceOff = null!;
    private MarketoSoapClient _traceOn = null!;

    /// <summary>The answer the in-memory server gives.</summary>
    [Params("300 statuses", "3.5 MB legal", "10,000 nested")]
    public string Answer { get; set; } = "300 statuses";

    [GlobalSetup]
    public void Setup()
    {
        _request = LeadWorkload.Request(Leads);
        var answer = Answer switch
        {
            "300 statuses" => LeadWorkload.Response(Leads),
            "3.5 MB legal" => LongErrorsAnswer(),
            _ => NestedAnswer(),
        };

        _traceOff = Client(answer, new DiscardingLogger(LogLevel.Information));
        _traceOn = Client(answer, new DiscardingLogger(LogLevel.Trace));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _traceOff.Dispose();
        _traceOn.Dispose();
    }

    [Benchmark(Baseline = true, Description = "Trace off")]
    public Task<int> TraceOff() => CallAsync(_traceOff);

    [Benchmark(Description = "Trace on")]
    public Task<int> TraceOn() => CallAsync(_traceOn);

    private async Task<int> CallAsync(MarketoSoapClient client)
    {
        try
        {
            return (await client.SyncMultipleLeadsAsync(_request).ConfigureAwait(false)).Results.Count;
        }
        catch (MarketoTransportException)
        {
            // The nested answer is not a readable syncMultipleLeads answer; what is measured is the way there.
            return -1;
        }
    }

    private static MarketoSoapClient Client(byte[] answer, ILogger logger)
    {
        var options = BenchmarkCredentials.Options();
        options.Retry.MaxRetryAttempts = 0;
        return new MarketoSoapClient(options, logger, timeProvider: null, transport: _ => new InMemoryMarketo(answer));
    }

    /// <summary>300 statuses, each FAILED with an 11,600-character error text: about 3.5 MB, under the 4 MB limit.</summary>
    private static byte[] LongErrorsAnswer()
    {
        var error = new string('x', 11_600);
        var xml = new StringBuilder(3_600_000);
        xml.Append("<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:ns1=\"http://www.marketo.com/mktows/\">")
            .Append("<SOAP-ENV:Body><ns1:successSyncMultipleLeads><result><syncStatusList>");
        for (var i = 0; i < Leads; i++)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<syncStatus><leadId>{1_000_000 + i}</leadId><status>FAILED</status><error>{error}</error></syncStatus>");
        }

        xml.Append("</syncStatusList></result></ns1:successSyncMultipleLeads></SOAP-ENV:Body></SOAP-ENV:Envelope>");
        return Encoding.UTF8.GetBytes(xml.ToString());
    }

    /// <summary>10,000 elements nested in the answer's body: about 70 KB.</summary>
    private static byte[] NestedAnswer()
    {
        const int Depth = 10_000;
        var xml = new StringBuilder(80_000);
        xml.Append("<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\"><SOAP-ENV:Body>");
        xml.Insert(xml.Length, "<n>", Depth).Insert(xml.Length, "</n>", Depth);
        xml.Append("</SOAP-ENV:Body></SOAP-ENV:Envelope>");
        return Encoding.UTF8.GetBytes(xml.ToString());
    }

    /// <summary>Formats every message at or above its level, as a real sink would, and keeps nothing.</summary>
    private sealed class DiscardingLogger(LogLevel minimum) : ILogger
    {
        public int Characters { get; private set; }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= minimum;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                Characters += formatter(state, exception).Length;
            }
        }
    }
}
