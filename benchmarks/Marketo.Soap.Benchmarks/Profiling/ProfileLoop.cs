using System.Diagnostics;
using Marketo.Soap.Benchmarks.Baseline;
using Marketo.Soap.Benchmarks.Workload;

namespace Marketo.Soap.Benchmarks.Profiling;

/// <summary>
/// Makes many in-process client calls (or emulator answers, with <c>emulator</c>; <c>emulator-stages</c> times each stage of an answer on its own) in a tight loop and nothing else, so an external sampler
/// (for example <c>perf record</c> with <c>DOTNET_PerfMapEnabled=1</c>) sees only the call path.
/// With <c>SAMPLE_ALLOCATIONS=1</c> it also prints what the calls allocate, by type.
/// <c>leads-baseline</c> and <c>mobjects-baseline</c> run the hand-written baseline's calls the same
/// way, so a loaded machine can still compare CPU time per call (wall time there is mostly waiting).
/// Any other operation names a CPU benchmark pair (<c>getLead</c>, <c>syncLead</c>, <c>requestCampaign</c>, ...):
/// its generated client's call, or with <c>-baseline</c> its baseline's, so the small calls' fixed cost can be profiled too.
/// </summary>
internal static class ProfileLoop
{
    public static async Task RunAsync(string operation, int calls)
    {
        if (operation == "emulator-stages")
        {
            await EmulatorStages.RunAsync(calls).ConfigureAwait(false);
            return;
        }

        if (operation == "emulator")
        {
            await RunEmulatorAsync(calls).ConfigureAwait(false);
            return;
        }

        if (operation.Replace("-baseline", string.Empty, StringComparison.Ordinal) is not ("leads" or "mobjects"))
        {
            await RunPairAsync(operation, calls).ConfigureAwait(false);
            return;
        }

        var leads = LeadWorkload.Request(300);
        var objects = MObjectWorkload.Request(100);
        var isMObjects = operation.StartsWith("mobjects", StringComparison.Ordinal);
        var answer = isMObjects ? MObjectWorkload.Response(100) : LeadWorkload.Response(300);
        using var client = new MarketoSoapClient(BenchmarkCredentials.Options(), null, null, _ => new InMemoryMarketo(answer));
        var raw = new RawMarketoCalls(BenchmarkCredentials.UserId, BenchmarkCredentials.EncryptionKey, TimeProvider.System);

        using var sampler = Environment.GetEnvironmentVariable("SAMPLE_ALLOCATIONS") == "1" ? new AllocationSampler() : null;
        var watch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < calls; i++)
        {
            _ = operation switch
            {
                "leads-baseline" => raw.SyncMultipleLeads(leads, answer).Count,
                "mobjects-baseline" => raw.SyncMObjects(objects, answer).Count,
                "mobjects" => (await client.SyncMObjectsAsync(objects).ConfigureAwait(false)).Results.Count,
                _ => (await client.SyncMultipleLeadsAsync(leads).ConfigureAwait(false)).Results.Count,
            };
        }

        var bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;

        // CPU time as well as wall time: on a shared machine waiting for a core inflates the second, not the first.
        var cpuPerCall = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / calls;
        sampler?.Print(top: 25);
        Console.WriteLine($"{calls} {operation} calls: {watch.Elapsed.TotalMicroseconds / calls:F0} us ({cpuPerCall:F0} us of CPU) and {bytes / calls / 1024.0:F1} KB per call");
    }

    /// <summary>One benchmark pair's generated client (or, with <c>-baseline</c>, its baseline) in a loop.</summary>
    private static async Task RunPairAsync(string operation, int calls)
    {
        var isBaseline = operation.EndsWith("-baseline", StringComparison.Ordinal);
        var name = isBaseline ? operation[..^"-baseline".Length] : operation;
        var pairs = Pairs.BenchmarkPair.All();
        var pair = pairs.Single(p => p.Name.StartsWith(name + " ", StringComparison.Ordinal) || p.Name == name);
        var call = pair.Call(isBaseline ? "baseline" : "generated");
        for (var i = 0; i < 1000; i++)
        {
            await call().ConfigureAwait(false);
        }

        using var sampler = Environment.GetEnvironmentVariable("SAMPLE_ALLOCATIONS") == "1" ? new AllocationSampler() : null;
        var watch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < calls; i++)
        {
            await call().ConfigureAwait(false);
        }

        var bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        var cpuPerCall = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / calls;
        sampler?.Print(top: 40);
        Console.WriteLine($"{calls} {operation} calls: {watch.Elapsed.TotalMicroseconds / calls:F0} us ({cpuPerCall:F0} us of CPU) and {bytes / calls / 1024.0:F2} KB per call");
        pairs.ForEach(p => p.Dispose());
    }

    /// <summary>The emulator's side of a 300-lead syncMultipleLeads, as <see cref="EmulatorCostBenchmarks"/> measures it, in a loop.</summary>
    private static async Task RunEmulatorAsync(int calls)
    {
        var benchmark = new EmulatorCostBenchmarks();
        await benchmark.SetupAsync().ConfigureAwait(false);
        using var sampler = Environment.GetEnvironmentVariable("SAMPLE_ALLOCATIONS") == "1" ? new AllocationSampler() : null;
        var watch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < calls; i++)
        {
            await benchmark.Emulator().ConfigureAwait(false);
        }

        var bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;

        // CPU time as well as wall time: on a shared machine waiting for a core inflates the second, not the first.
        var cpuPerCall = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / calls;
        sampler?.Print(top: 25);
        Console.WriteLine($"{calls} emulator answers: {watch.Elapsed.TotalMicroseconds / calls:F0} us ({cpuPerCall:F0} us of CPU) and {bytes / calls / 1024.0:F1} KB per call");
        await benchmark.CleanupAsync().ConfigureAwait(false);
    }
}
