using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Reflection;

namespace Marketo.Soap.Telemetry;

/// <summary>
/// The library's one <see cref="ActivitySource"/> and one <see cref="Meter"/>, both named
/// <c>Marketo.Soap</c> and stamped with the package version. Nothing recorded carries
/// credentials or record contents: only operations, counts, statuses and error codes.
/// </summary>
internal static class MarketoTelemetry
{
    public const string Name = "Marketo.Soap";

    private static readonly string? Version =
        typeof(MarketoTelemetry).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;

    public static readonly ActivitySource ActivitySource = new(Name, Version);

    public static readonly Meter Meter = new(Name, Version);

    public static readonly Counter<long> Calls = Meter.CreateCounter<long>(
        "marketo.soap.calls", "{call}", "SOAP calls made, by operation and outcome; repeats of one call count once.");

    public static readonly Counter<long> Records = Meter.CreateCounter<long>(
        "marketo.soap.records", "{record}", "Records Marketo answered for, by operation and status.");

    public static readonly Counter<long> Faults = Meter.CreateCounter<long>(
        "marketo.soap.faults", "{fault}", "Calls that ended in a failure, by operation and Marketo error code.");

    public static readonly Histogram<double> CallDuration = Meter.CreateHistogram<double>(
        "marketo.soap.call.duration", "s", "Time from a call's start to its result or failure, repeats included.");

    /// <summary>Counts records per status word, adding once per distinct status rather than once per record.</summary>
    public static void RecordStatuses<T>(string operation, IReadOnlyList<T> results, Func<T, string> statusOf)
    {
        if (!Records.Enabled)
        {
            return;
        }

        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            var status = statusOf(result);
            counts[status] = counts.GetValueOrDefault(status) + 1;
        }

        foreach (var (status, count) in counts)
        {
            Records.Add(count, new KeyValuePair<string, object?>(TelemetryTags.Operation, operation), new KeyValuePair<string, object?>(TelemetryTags.Status, status));
        }
    }
}
