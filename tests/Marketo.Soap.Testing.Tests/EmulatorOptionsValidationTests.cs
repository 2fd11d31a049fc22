using Marketo.Soap.Testing.Internal;

namespace Marketo.Soap.Testing.Tests;

/// <summary>Every option StartAsync checks, each named in the message when it is wrong.</summary>
public class EmulatorOptionsValidationTests
{
    public static TheoryData<string, Action<MarketoSoapEmulatorOptions>> WrongOptions => new()
    {
        { "Port", o => o.Port = 65536 },
        { "EncryptionKey", o => o.EncryptionKey = " " },
        { "DailyQuota", o => o.DailyQuota = 0 },
        { "ExchangeLogCapacity", o => o.ExchangeLogCapacity = 0 },
        { "MaxMObjectsPerCall", o => o.MaxMObjectsPerCall = 0 },
        { "MaxLeadsPerCall", o => o.MaxLeadsPerCall = 0 },
        { "TimeProvider", o => o.TimeProvider = null! },
    };

    [Theory]
    [MemberData(nameof(WrongOptions))]
    public async Task StartAsync_OneWrongOption_ThrowsNamingIt(string name, Action<MarketoSoapEmulatorOptions> spoil)
    {
        var options = new MarketoSoapEmulatorOptions();
        spoil(options);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => MarketoSoapEmulator.StartAsync(options));

        Assert.Contains(name, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_HighestPort_IsFine()
    {
        Assert.Empty(EmulatorOptionsValidator.Validate(new MarketoSoapEmulatorOptions { Port = 65535 }));
    }

    [Fact]
    public void Validate_NoLeadLimit_IsFine()
    {
        Assert.Empty(EmulatorOptionsValidator.Validate(new MarketoSoapEmulatorOptions { MaxLeadsPerCall = null }));
    }
}
