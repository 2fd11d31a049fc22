using Marketo.Soap.Models;
using Marketo.Soap.Testing.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Marketo.Soap.Testing.Tests.EndToEnd;

/// <summary>Every fault the emulator can produce, as the real client reports it.</summary>
public class ClientFaultMappingTests
{
    private static readonly SyncMultipleLeadsRequest OneLead = new() { Leads = [new LeadRecord { Email = "a@example.com" }] };

    private readonly FakeTimeProvider _clock = TestClock.Create();

    [Fact]
    public async Task WrongEncryptionKey_20014_IsMarketoAuthenticationException()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var options = emulator.CreateClientOptions().WithoutRetries();
        options.EncryptionKey = "not-the-key";
        using var client = new MarketoSoapClient(options, timeProvider: _clock);

        var error = await Assert.ThrowsAsync<MarketoAuthenticationException>(() => client.SyncMultipleLeadsAsync(OneLead));

        Assert.Equal((MarketoErrorCode.AuthenticationFailed, "Client", false), (error.ErrorCode, error.FaultCode, error.IsRetriable));
    }

    [Fact]
    public async Task DailyQuotaUsedUp_20015_IsMarketoQuotaExceededExceptionWithTheResetTime()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock, o => o.DailyQuota = 1);
        using var client = new MarketoSoapClient(emulator.CreateClientOptions().WithoutRetries(), timeProvider: _clock);
        await client.SyncMultipleLeadsAsync(OneLead);

        var error = await Assert.ThrowsAsync<MarketoQuotaExceededException>(() => client.SyncMultipleLeadsAsync(OneLead));

        Assert.Equal((MarketoErrorCode.RequestLimitExceeded, false), (error.ErrorCode, error.IsRetriable));
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.FromHours(-6)), error.ResetsAt);
    }

    [Fact]
    public async Task ClientClockBehindTheServer_20016_IsRetriableMarketoSoapException()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var slowClock = new FakeTimeProvider(TestClock.Start.AddMinutes(-20));
        using var client = new MarketoSoapClient(emulator.CreateClientOptions().WithoutRetries(), timeProvider: slowClock);

        var error = await Assert.ThrowsAsync<MarketoSoapException>(() => client.SyncMultipleLeadsAsync(OneLead));

        Assert.Equal((MarketoErrorCode.RequestExpired, true), (error.ErrorCode, error.IsRetriable));
    }

    [Fact]
    public async Task RateLimit_20023_IsRetriableMarketoSoapException()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock, o => o.CallsPer20Seconds = 1);
        using var client = new MarketoSoapClient(emulator.CreateClientOptions().WithoutRetries(), timeProvider: _clock);
        await client.SyncMultipleLeadsAsync(OneLead);

        var error = await Assert.ThrowsAsync<MarketoSoapException>(() => client.SyncMultipleLeadsAsync(OneLead));

        Assert.Equal((MarketoErrorCode.RateLimitExceeded, true), (error.ErrorCode, error.IsRetriable));
    }

    [Fact]
    public async Task ConcurrencyLimit_20024_IsRetriableMarketoSoapException()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock, o => o.MaxConcurrentCalls = 2);
        using var client = new MarketoSoapClient(emulator.CreateClientOptions().WithoutRetries(), timeProvider: _clock);
        var gate = emulator.Faults.HoldNext(2);
        var held = new[] { client.SyncMultipleLeadsAsync(OneLead), client.SyncMultipleLeadsAsync(OneLead) };
        await gate.WaitForHeldCallsAsync(2);

        var error = await Assert.ThrowsAsync<MarketoSoapException>(() => client.SyncMultipleLeadsAsync(OneLead));
        gate.Release();
        await Task.WhenAll(held);

        Assert.Equal((MarketoErrorCode.ConcurrencyLimitExceeded, true), (error.ErrorCode, error.IsRetriable));
    }

    [Fact]
    public async Task InternalError_10001_IsRetriableServerFault()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Faults.Inject(InjectedFault.MarketoFault(10001));
        using var client = new MarketoSoapClient(emulator.CreateClientOptions().WithoutRetries(), timeProvider: _clock);

        var error = await Assert.ThrowsAsync<MarketoSoapException>(() => client.SyncMultipleLeadsAsync(OneLead));

        Assert.Equal((MarketoErrorCode.InternalError, "Server", true), (error.ErrorCode, error.FaultCode, error.IsRetriable));
    }

    [Fact]
    public async Task UnknownLeadField_20105_IsMarketoSoapExceptionCarryingTheDetail()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        using var client = new MarketoSoapClient(emulator.CreateClientOptions().WithoutRetries(), timeProvider: _clock);

        var error = await Assert.ThrowsAsync<MarketoSoapException>(() => client.SyncMultipleLeadsAsync(new SyncMultipleLeadsRequest
        {
            Leads = [new LeadRecord { Email = "a@example.com", Attributes = [new("pants", "blue")] }],
        }));

        Assert.Equal((MarketoErrorCode.LeadAttributeBad, false), (error.ErrorCode, error.IsRetriable));
        Assert.Contains("unknown fields for import: pants", error.Message);
    }

    [Fact]
    public async Task ServiceUnavailable_503_IsTransportHttpError()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Faults.Inject(InjectedFault.ServiceUnavailable());
        using var client = new MarketoSoapClient(emulator.CreateClientOptions().WithoutRetries(), timeProvider: _clock);

        var error = await Assert.ThrowsAsync<MarketoTransportException>(() => client.SyncMultipleLeadsAsync(OneLead));

        Assert.Equal((MarketoTransportFailure.HttpError, 503, true), (error.Failure, error.HttpStatusCode, error.IsRetriable));
    }

    [Fact]
    public async Task HtmlBadGatewayPage_502_IsTransportHttpError()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Faults.Inject(InjectedFault.HtmlErrorPage(502));
        using var client = new MarketoSoapClient(emulator.CreateClientOptions().WithoutRetries(), timeProvider: _clock);

        var error = await Assert.ThrowsAsync<MarketoTransportException>(() => client.SyncMObjectsAsync(new SyncMObjectsRequest
        {
            Operation = MObjectOperation.Insert,
            Objects = [new MObjectRecord { Type = MObjectTypes.Opportunity }],
        }));

        Assert.Equal((MarketoTransportFailure.HttpError, 502), (error.Failure, error.HttpStatusCode));
    }

    [Fact]
    public async Task DroppedConnection_IsTransportConnectionFailed()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Faults.Inject(InjectedFault.DropConnection());
        using var client = new MarketoSoapClient(emulator.CreateClientOptions().WithoutRetries(), timeProvider: _clock);

        var error = await Assert.ThrowsAsync<MarketoTransportException>(() => client.SyncMultipleLeadsAsync(OneLead));

        Assert.Equal((MarketoTransportFailure.ConnectionFailed, true), (error.Failure, error.IsRetriable));
    }

    [Fact]
    public async Task TruncatedAnswer_IsTransportInvalidResponse()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Faults.Inject(InjectedFault.TruncatedBody());
        using var client = new MarketoSoapClient(emulator.CreateClientOptions().WithoutRetries(), timeProvider: _clock);

        var error = await Assert.ThrowsAsync<MarketoTransportException>(() => client.SyncMultipleLeadsAsync(OneLead));

        Assert.Equal(MarketoTransportFailure.InvalidResponse, error.Failure);
        Assert.Single(emulator.Store.Leads); // the call was handled: only its answer was lost
    }

    [Fact]
    public async Task MalformedAnswer_IsRetriableTransportInvalidResponse()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Faults.Inject(InjectedFault.MalformedBody());
        using var client = new MarketoSoapClient(emulator.CreateClientOptions().WithoutRetries(), timeProvider: _clock);

        var error = await Assert.ThrowsAsync<MarketoTransportException>(() => client.SyncMultipleLeadsAsync(OneLead));

        // Retriable as an error; the client repeats it only for operations safe to repeat.
        Assert.Equal((MarketoTransportFailure.InvalidResponse, true), (error.Failure, error.IsRetriable));
    }

    [Fact]
    public async Task AnswerDelayedBeyondTheClientsTimeout_IsTransportTimeout()
    {
        // The emulator's delay runs on a fake clock that never moves, so only the client's own
        // one-second timeout (on its real timers) can end the call.
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Faults.Inject(InjectedFault.Delay(TimeSpan.FromMinutes(5)));
        var options = emulator.CreateClientOptions().WithoutRetries();
        options.Timeout = TimeSpan.FromSeconds(1);
        using var client = new MarketoSoapClient(options, timeProvider: _clock);

        var error = await Assert.ThrowsAsync<MarketoTransportException>(() => client.SyncMultipleLeadsAsync(OneLead));

        Assert.Equal((MarketoTransportFailure.Timeout, true), (error.Failure, error.IsRetriable));
    }

    [Fact]
    public async Task CallerCancelsWhileTheCallIsHeld_IsOperationCanceledAndTheEmulatorSeesTheCallerLeave()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var gate = emulator.Faults.HoldNext();
        using var client = new MarketoSoapClient(emulator.CreateClientOptions().WithoutRetries(), timeProvider: _clock);
        using var cancellation = new CancellationTokenSource();
        var call = client.SyncMultipleLeadsAsync(OneLead, cancellation.Token);
        await gate.WaitForHeldCallsAsync(1);

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        // The emulator logs an abandoned call once it notices the caller left; the bound only guards against a hang.
        Assert.True(SpinWait.SpinUntil(() => emulator.Exchanges.Count > 0, TimeSpan.FromSeconds(30)));
        Assert.Null(Assert.Single(emulator.Exchanges).HttpStatusCode);
        Assert.Empty(emulator.Store.Leads);
    }
}
