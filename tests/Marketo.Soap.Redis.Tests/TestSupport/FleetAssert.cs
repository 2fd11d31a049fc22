using Marketo.Soap.FleetWorker;
using Marketo.Soap.Testing;

namespace Marketo.Soap.Redis.Tests.TestSupport;

internal static class FleetAssert
{
    /// <summary>The emulator's store holds leads 0 .. count - 1 of the fleet, each exactly once, and nothing else.</summary>
    public static void StoreHoldsEachLeadOnce(MarketoSoapEmulator emulator, int count)
    {
        var emails = emulator.Store.Leads.Select(l => l.Email).ToList();
        Assert.Equal(count, emails.Count);
        Assert.Equal(Enumerable.Range(0, count).Select(FleetLead.Email), emails.Order(StringComparer.Ordinal));
    }

    /// <summary>When each refused call arrived, and how many calls the emulator had admitted in the 20 seconds before it.</summary>
    public static void WriteRefusals(MarketoSoapEmulator emulator, Xunit.Abstractions.ITestOutputHelper output)
    {
        var exchanges = emulator.Exchanges;
        if (exchanges.Count == 0)
        {
            output.WriteLine("the emulator received no call");
            return;
        }

        var start = exchanges[0].ReceivedAt;
        foreach (var refused in exchanges.Where(e => e.ErrorCode is 20023 or 20024))
        {
            var admitted = exchanges.Count(e => e.ErrorCode is null && e.ReceivedAt > refused.ReceivedAt - TimeSpan.FromSeconds(20) && e.ReceivedAt <= refused.ReceivedAt);
            output.WriteLine($"{refused.ErrorCode} at +{(refused.ReceivedAt - start).TotalSeconds:F2} s, {admitted} admitted in the 20 s before");
        }
    }

    /// <summary>How many calls the emulator refused for the rate (20023) or concurrency (20024) limit.</summary>
    public static (int Rate, int Concurrency) Refusals(MarketoSoapEmulator emulator) =>
        (emulator.Exchanges.Count(e => e.ErrorCode == 20023), emulator.Exchanges.Count(e => e.ErrorCode == 20024));
}
