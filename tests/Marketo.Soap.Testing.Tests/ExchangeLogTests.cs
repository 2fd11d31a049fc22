using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests;

/// <summary>The exchange log: what a test can read back about each call, with no secret in it.</summary>
public class ExchangeLogTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    [Fact]
    public async Task SuccessfulCall_IsLoggedWithOperationStatusAndRecordCount()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);

        await emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com"), Wire.Lead(email: "b@example.com")), _clock);

        var exchange = Assert.Single(emulator.Exchanges);
        Assert.Equal((1, "syncMultipleLeads", 200, 2, (int?)null, (string?)null), (exchange.CallNumber, exchange.Operation, exchange.HttpStatusCode, exchange.RecordCount, exchange.ErrorCode, exchange.FaultCode));
        Assert.Equal(TestClock.Start, exchange.ReceivedAt);
        Assert.Contains("successSyncMultipleLeads", exchange.ResponseBody);
    }

    [Fact]
    public async Task Fault_IsLoggedWithItsCodes()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Faults.Inject(InjectedFault.MarketoFault(20024));

        await emulator.PostAsync(Wire.SyncMObjects("INSERT", Wire.MObject("Opportunity")), _clock);

        var exchange = Assert.Single(emulator.Exchanges);
        Assert.Equal(("syncMObjects", 500, 20024, "Client"), (exchange.Operation, exchange.HttpStatusCode, exchange.ErrorCode, exchange.FaultCode));
        Assert.Equal(InjectedFaultKind.MarketoFault, exchange.InjectedFault?.Kind);
    }

    [Fact]
    public async Task RequestBody_HasTheSignatureRedacted()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var timestamp = RequestSigner.Timestamp(_clock.GetUtcNow());
        var signature = RequestSigner.Sign(timestamp, emulator.UserId, emulator.EncryptionKey);

        await emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com")), _clock);

        var logged = Assert.Single(emulator.Exchanges).RequestBody;
        Assert.DoesNotContain(signature, logged);
        Assert.DoesNotContain(emulator.EncryptionKey, logged);
        Assert.Contains("<requestSignature>REDACTED</requestSignature>", logged);
        Assert.Contains(emulator.UserId, logged);
    }

    [Fact]
    public async Task MalformedRequest_IsLoggedWithoutOperationAndStillRedacted()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);

        await emulator.PostXmlAsync("<ns1:requestSignature xmlns:ns1='x'>secret</ns1:requestSignature><broken");

        var exchange = Assert.Single(emulator.Exchanges);
        Assert.Equal(((string?)null, (int?)null, 20012), (exchange.Operation, exchange.RecordCount, exchange.ErrorCode));
        Assert.DoesNotContain("secret", exchange.RequestBody);
    }

    [Fact]
    public async Task CallNumbers_CountEveryPost()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);

        await emulator.PostXmlAsync("not xml");
        await emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com")), _clock);

        Assert.Equal([1, 2], emulator.Exchanges.Select(e => e.CallNumber));
    }

    [Fact]
    public async Task ClearExchanges_ForgetsCallsAndWarningsButKeepsTheStore()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock, o => o.Strict = false);
        await emulator.PostFixtureAsync(Fixtures.Read("syncMultipleLeads.request.lowercase-id.xml"), _clock);

        emulator.ClearExchanges();

        Assert.Empty(emulator.Exchanges);
        Assert.Empty(emulator.Warnings);
        Assert.Single(emulator.Store.Leads);
    }

    [Fact]
    public async Task ExchangeLogCapacity_KeepsTheLatestCallsAndCountsTheDropped()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock, o => o.ExchangeLogCapacity = 2);

        for (var i = 0; i < 5; i++)
        {
            await emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com")), _clock);
        }

        Assert.Equal([4, 5], emulator.Exchanges.Select(e => e.CallNumber));
        Assert.Equal(3, emulator.ExchangesDropped);
    }

    [Fact]
    public async Task ExchangeLogCapacity_Lowered_DropsTheOldestAtOnce()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        await emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com")), _clock);
        await emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com")), _clock);

        emulator.ExchangeLogCapacity = 1;

        Assert.Equal([2], emulator.Exchanges.Select(e => e.CallNumber));
        Assert.Equal(1, emulator.ExchangesDropped);
    }

    [Fact]
    public async Task OnExchange_IsCalledWithEveryLoggedCall()
    {
        var seen = new List<int>();
        await using var emulator = await TestEmulator.StartAsync(_clock, o => o.OnExchange = e => seen.Add(e.CallNumber));

        await emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com")), _clock);
        await emulator.PostXmlAsync("not xml");

        Assert.Equal([1, 2], seen);
    }

    [Fact]
    public async Task OnExchange_Throwing_IsRecordedAsAWarning()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock, o => o.OnExchange = _ => throw new InvalidOperationException("console gone"));

        var answer = await emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com")), _clock);

        answer.AssertSuccess();
        Assert.Contains("console gone", Assert.Single(emulator.Warnings));
    }
}
