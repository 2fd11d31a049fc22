using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace Marketo.Soap.Benchmarks.Profiling;

/// <summary>
/// Samples what a process allocates, by type, from the runtime's own allocation ticks (one event
/// about every 100 KB allocated), with no external tool: enough samples over many calls show
/// where the bytes go.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;

    public ConcurrentDictionary<string, long> BytesByType { get; } = new();

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true || eventData.Payload is null)
        {
            return;
        }

        var type = eventData.PayloadNames!.IndexOf("TypeName") is var at and >= 0 ? eventData.Payload[at] as string ?? "?" : "?";
        var amount = eventData.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(eventData.Payload[a], System.Globalization.CultureInfo.InvariantCulture) : 0;
        BytesByType.AddOrUpdate(type, amount, (_, total) => total + amount);
    }

    public void Print(int top)
    {
        var total = BytesByType.Values.Sum();
        foreach (var (type, bytes) in BytesByType.OrderByDescending(p => p.Value).Take(top))
        {
            Console.WriteLine($"{100.0 * bytes / total,5:F1}%  {type}");
        }
    }
}
