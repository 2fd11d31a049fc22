using Marketo.Soap.Emulator;
using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests.Host;

/// <summary>The console line the stand-alone host prints for each call.</summary>
public class CallLineTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    [Fact]
    public async Task Format_Success_ShowsOperationRecordCountAndOk()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        await emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com"), Wire.Lead(email: "b@example.com")), _clock);

        var line = CallLine.Format(Assert.Single(emulator.Exchanges));

        Assert.Contains("#1 syncMultipleLeads 2 records OK 0 ms", line);
    }

    [Fact]
    public async Task Format_Fault_ShowsTheCodeAndTheInjection()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Faults.Inject(InjectedFault.MarketoFault(20023));
        await emulator.PostAsync(Wire.SyncMObjects("INSERT", Wire.MObject("Opportunity")), _clock);

        var line = CallLine.Format(Assert.Single(emulator.Exchanges));

        Assert.Contains("syncMObjects 1 record fault 20023", line);
        Assert.Contains("(injected: MarketoFault 20023)", line);
    }

    [Fact]
    public async Task Format_DroppedConnection_SaysDropped()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Faults.Inject(InjectedFault.DropConnection());
        await Assert.ThrowsAsync<HttpRequestException>(() => emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com")), _clock));

        Assert.True(SpinWait.SpinUntil(() => emulator.Exchanges.Count > 0, TimeSpan.FromSeconds(30)));
        Assert.Contains(" dropped ", CallLine.Format(Assert.Single(emulator.Exchanges)));
    }

    [Fact]
    public async Task Format_LenientWarnings_ListWhatMarketoWouldHaveIgnored()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock, o => o.Strict = false);
        await emulator.PostFixtureAsync(Fixtures.Read("syncMultipleLeads.request.lowercase-id.xml"), _clock);

        var lines = CallLine.Format(Assert.Single(emulator.Exchanges)).Split(Environment.NewLine);

        Assert.Equal(2, lines.Length);
        Assert.StartsWith("    ignored: ", lines[1]);
        Assert.Contains("id", lines[1]);
    }
}
