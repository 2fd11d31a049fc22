using Microsoft.Extensions.Time.Testing;

namespace Marketo.Soap.Testing.Tests.TestSupport;

/// <summary>Starts emulators on a free loopback port, on a fake clock.</summary>
internal static class TestEmulator
{
    public static Task<MarketoSoapEmulator> StartAsync(FakeTimeProvider clock, Action<MarketoSoapEmulatorOptions>? configure = null)
    {
        var options = new MarketoSoapEmulatorOptions { TimeProvider = clock };
        configure?.Invoke(options);
        return MarketoSoapEmulator.StartAsync(options);
    }
}
