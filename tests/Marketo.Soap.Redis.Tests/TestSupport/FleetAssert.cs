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

    /// <summary>How many calls the emulator refused for the rate (20023) or concurrency (20024) limit.</summary>
    public static (int Rate, int Concurrency) Refusals(MarketoSoapEmulator emulator) =>
        (emulator.Exchanges.Count(e => e.ErrorCode == 20023), emulator.Exchanges.Count(e => e.ErrorCode == 20024));
}
