using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests;

/// <summary>Starting, addressing and stopping an emulator.</summary>
public class MarketoSoapEmulatorTests
{
    [Fact]
    public async Task StartAsync_PortZero_ListensOnLoopbackAtTheMarketoPath()
    {
        await using var emulator = await MarketoSoapEmulator.StartAsync();

        Assert.Equal(("http", "127.0.0.1", "/soap/mktows/2_3"), (emulator.Endpoint.Scheme, emulator.Endpoint.Host, emulator.Endpoint.AbsolutePath));
        Assert.NotEqual(0, emulator.Endpoint.Port);
    }

    [Fact]
    public async Task StartAsync_GivenCredentials_UsesThem()
    {
        await using var emulator = await MarketoSoapEmulator.StartAsync(new MarketoSoapEmulatorOptions { UserId = "me", EncryptionKey = "secret" });

        Assert.Equal(("me", "secret"), (emulator.UserId, emulator.EncryptionKey));
    }

    [Fact]
    public async Task StartAsync_InvalidOptions_ReportsEveryProblemAtOnce()
    {
        var options = new MarketoSoapEmulatorOptions { Port = -1, CallsPer20Seconds = 0, MaxConcurrentCalls = 0, TimestampTolerance = TimeSpan.Zero, UserId = " " };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => MarketoSoapEmulator.StartAsync(options));

        Assert.All(["Port", "CallsPer20Seconds", "MaxConcurrentCalls", "TimestampTolerance", "UserId"], name => Assert.Contains(name, error.Message));
    }

    [Fact]
    public async Task StartAsync_PortInUse_Throws()
    {
        await using var first = await MarketoSoapEmulator.StartAsync();

        await Assert.ThrowsAnyAsync<IOException>(() => MarketoSoapEmulator.StartAsync(new MarketoSoapEmulatorOptions { Port = first.Endpoint.Port }));
    }

    [Fact]
    public async Task CreateClientOptions_CarriesEndpointAndCredentials()
    {
        await using var emulator = await MarketoSoapEmulator.StartAsync();

        var options = emulator.CreateClientOptions().WithoutRetries();

        Assert.Equal((emulator.Endpoint, emulator.UserId, emulator.EncryptionKey), (options.Endpoint, options.UserId, options.EncryptionKey));
    }

    [Fact]
    public async Task DisposeAsync_StopsListening()
    {
        var emulator = await MarketoSoapEmulator.StartAsync();
        var wsdl = emulator.WsdlUri;

        await emulator.DisposeAsync();

        await Assert.ThrowsAsync<HttpRequestException>(() => EmulatorHttp.Http.GetAsync(wsdl));
    }

    [Fact]
    public async Task DisposeAsync_EndsHeldCalls()
    {
        var clock = TestClock.Create();
        var emulator = await TestEmulator.StartAsync(clock);
        var gate = emulator.Faults.HoldNext();
        var held = emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com")), clock);
        await gate.WaitForHeldCallsAsync(1);

        await emulator.DisposeAsync();

        await Assert.ThrowsAsync<HttpRequestException>(() => held);
    }
}
