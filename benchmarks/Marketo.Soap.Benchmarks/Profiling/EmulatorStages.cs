using System.Diagnostics;
using System.Xml;
using System.Xml.Linq;
using Marketo.Soap.Benchmarks.Verification;
using Marketo.Soap.Benchmarks.Workload;
using Marketo.Soap.Testing;
using Marketo.Soap.Testing.Contract;
using Marketo.Soap.Testing.Internal;
using Marketo.Soap.Testing.Operations;
using Marketo.Soap.Testing.Soap;

namespace Marketo.Soap.Benchmarks.Profiling;

/// <summary>
/// The emulator's answer to a 300-lead syncMultipleLeads taken apart: each stage of the call path
/// timed and weighed on its own over many repetitions, so the largest part is plain to see.
/// With <c>SAMPLE_STAGE</c> set to the start of a stage's name, it also prints what that stage allocates, by type.
/// </summary>
internal static class EmulatorStages
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    public static async Task RunAsync(int repetitions)
    {
        var clock = new FixedClock(Now);
        await using var emulator = await MarketoSoapEmulator.StartAsync(new MarketoSoapEmulatorOptions { TimeProvider = clock }).ConfigureAwait(false);
        var capture = new CapturingMarketo(LeadWorkload.Response(300));
        using (var client = new MarketoSoapClient(BenchmarkCredentials.Options(emulator.Endpoint, emulator.UserId, emulator.EncryptionKey), null, clock, _ => capture))
        {
            await client.SyncMultipleLeadsAsync(LeadWorkload.Request(300)).ConfigureAwait(false);
        }

        var wire = capture.LastRequest;
        var contract = WsdlContract.Instance;
        var reader = new SoapRequestReader(contract, strict: true);
        var store = new MarketoEmulatorStore();
        var operation = new SyncMultipleLeadsOperation(store, null);
        var envelope = SoapRequestReader.TryParse(wire)!;
        var parsed = reader.Read(wire, null, null, []);
        var declaration = contract.FindGlobalElement(parsed.Body.Name)!;
        operation.Apply(parsed.Body);
        var statuses = operation.Apply(parsed.Body);
        Console.WriteLine($"request: {wire.Length / 1024.0:F1} KB");

        Measure("forward read, no tree", repetitions, () => ReadForward(wire));
        Measure("parse to a tree", repetitions, () => SoapRequestReader.TryParse(wire));
        Measure("first look (RequestPeek)", repetitions, () => RequestPeek.Look(envelope, contract));
        Measure("parse and check (SoapRequestReader)", repetitions, () => reader.Read(wire, null, null, []));
        Measure("two-step schema check of the body", repetitions, () => SchemaGuard.Validate(parsed.Body, declaration, contract.Schemas).Count + SchemaGuard.FindUndeclared(parsed.Body, declaration, contract.Schemas).Count);
        Measure("one-walk schema check of the body", repetitions, () => SchemaAcceptance.IsValid(parsed.Body, declaration, contract.Schemas));
        Measure("operation on the parsed body", repetitions, () => operation.Apply(parsed.Body));
        Measure("answer written from its tree", repetitions, () => SoapMessageWriter.Success(SyncStatusListAnswer.Tree(statuses)));
        Measure("answer written straight", repetitions, () => SyncStatusListAnswer.Write(statuses));
    }

    private static int ReadForward(byte[] wire)
    {
        using var reader = XmlReader.Create(new MemoryStream(wire));
        var elements = 0;
        while (reader.Read())
        {
            elements += reader.NodeType == XmlNodeType.Element ? 1 : 0;
        }

        return elements;
    }

    private static void Measure(string stage, int repetitions, Func<object?> work)
    {
        for (var i = 0; i < 50; i++)
        {
            work();
        }

        // SAMPLE_STAGE=<start of a stage's name> prints what that stage allocates, by type.
        using var sampler = Environment.GetEnvironmentVariable("SAMPLE_STAGE") is { Length: > 0 } sampled && stage.StartsWith(sampled, StringComparison.Ordinal) ? new AllocationSampler() : null;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < repetitions; i++)
        {
            work();
        }

        var bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        var cpuPerCall = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / repetitions;
        sampler?.Print(top: 12);
        Console.WriteLine($"{stage,-40} {cpuPerCall,8:F0} us of CPU {bytes / repetitions / 1024.0,9:F1} KB");
    }
}
