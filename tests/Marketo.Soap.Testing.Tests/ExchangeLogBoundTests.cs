using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests;

/// <summary>The exchange log's capacity bounds its warnings as well as its calls.</summary>
public class ExchangeLogBoundTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    [Fact]
    public async Task OnExchangeThrowingEveryTime_KeepsTheLatestWarningsUpToTheCapacity()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock, o =>
        {
            o.ExchangeLogCapacity = 2;
            o.OnExchange = e => throw new InvalidOperationException($"console gone at {e.CallNumber}");
        });

        for (var i = 0; i < 3; i++)
        {
            await emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com")), _clock);
        }

        Assert.Collection(
            emulator.Warnings,
            w => Assert.Contains("console gone at 2", w, StringComparison.Ordinal),
            w => Assert.Contains("console gone at 3", w, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExchangeLogCapacity_Zero_ThrowsAndKeepsTheCalls()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        await emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com")), _clock);

        Assert.Throws<ArgumentOutOfRangeException>(() => emulator.ExchangeLogCapacity = 0);

        Assert.Single(emulator.Exchanges);
    }
}
