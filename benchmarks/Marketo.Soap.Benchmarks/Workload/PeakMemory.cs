using System.Diagnostics;
using System.Globalization;

namespace Marketo.Soap.Benchmarks.Workload;

/// <summary>The most memory a probe process ever held, which is what its memory goals are about.</summary>
internal static class PeakMemory
{
    /// <summary>The most resident memory the process ever had (VmHWM), in MB; Process.PeakWorkingSet64 where /proc is missing.</summary>
    public static double WorkingSetMegabytes() => WorkingSetBytes() / (1024.0 * 1024);

    private static long WorkingSetBytes()
    {
        const string Status = "/proc/self/status";
        if (File.Exists(Status))
        {
            var line = File.ReadLines(Status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null)
            {
                return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
            }
        }

        return Process.GetCurrentProcess().PeakWorkingSet64;
    }
}
