using System.Diagnostics;
using Marketo.Soap.Benchmarks.Workload;
namespace Marketo.Soap.Benchmarks.Profiling;
internal static class FirstCall
{
    public static async Task RunAsync()
    {
        var answer = LeadWorkload.Response(300);
        var request = LeadWorkload.Request(300);
        var w = Stopwatch.StartNew();
        if (Environment.GetEnvironmentVariable("WARM") == "1") { await MarketoSoapClient.WarmUpAsync(); Console.WriteLine($"warm-up {w.Elapsed.TotalMilliseconds:F1} ms"); w.Restart(); }
        using var client = new MarketoSoapClient(BenchmarkCredentials.Options(), null, null, _ => new InMemoryMarketo(answer));
        var ctor = w.Elapsed.TotalMilliseconds;
        await client.SyncMultipleLeadsAsync(request);
        var first = w.Elapsed.TotalMilliseconds;
        await client.SyncMultipleLeadsAsync(request);
        var second = w.Elapsed.TotalMilliseconds;
        Console.WriteLine($"ctor {ctor:F1} ms, first call done at {first:F1} ms, second call {second - first:F1} ms");
        w.Restart();
        using var client2 = new MarketoSoapClient(BenchmarkCredentials.Options(), null, null, _ => new InMemoryMarketo(answer));
        ctor = w.Elapsed.TotalMilliseconds;
        await client2.SyncMultipleLeadsAsync(request);
        Console.WriteLine($"second client: ctor {ctor:F1} ms, first call done at {w.Elapsed.TotalMilliseconds:F1} ms");
    }
}
