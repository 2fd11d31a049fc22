using Marketo.Soap.Testing;

namespace Marketo.Soap.Benchmarks.Loopback;

/// <summary>
/// Starts the Marketo emulator on loopback with Marketo's rate, concurrency, quota and batch limits
/// lifted, so a benchmark measures calls rather than the limits' waits and refusals.
/// </summary>
internal static class RelaxedEmulator
{
    public static Task<MarketoSoapEmulator> StartAsync() => MarketoSoapEmulator.StartAsync(new MarketoSoapEmulatorOptions
    {
        CallsPer20Seconds = 10_000_000,
        MaxConcurrentCalls = 1_000,
        DailyQuota = int.MaxValue,
        MaxLeadsPerCall = null,
    });
}
