using Marketo.Soap.Testing.Tests.TestSupport;
using Moq;

namespace Marketo.Soap.Testing.Tests;

/// <summary>Injected failures, seen from a plain HTTP client.</summary>
public class FaultInjectorTests
{
    private static readonly System.Xml.Linq.XElement OneLead = Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com"));
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    [Fact]
    public async Task MarketoFault_AnswersThatCodeForTheNextCallsOnly()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Faults.Inject(InjectedFault.MarketoFault(20011), count: 2);

        var answers = new List<SoapAnswer>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(await emulator.PostAsync(OneLead, _clock));
        }

        answers[0].AssertMarketoFault(20011);
        answers[1].AssertMarketoFault(20011);
        answers[2].AssertSuccess();
    }

    [Fact]
    public async Task MarketoFault_DoesNotHandleTheCall()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Faults.Inject(InjectedFault.MarketoFault(10001, "Database unavailable"));

        var answer = await emulator.PostAsync(OneLead, _clock);

        Assert.Equal("Database unavailable (10001)", answer.FaultMessage);
        Assert.Empty(emulator.Store.Leads);
    }

    [Fact]
    public async Task Predicate_ChoosesTheCalls()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Faults.InjectWhen(InjectedFault.MarketoFault(20011), r => r.Operation == "syncMObjects");

        var leads = await emulator.PostAsync(OneLead, _clock);
        var mObjects = await emulator.PostAsync(Wire.SyncMObjects("INSERT", Wire.MObject("Opportunity")), _clock);

        leads.AssertSuccess();
        mObjects.AssertMarketoFault(20011);
    }

    [Fact]
    public async Task Predicate_SeesTheCallsOperationRecordCountAndRedactedBody()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var when = new Mock<Func<EmulatorRequest, bool>>();
        when.Setup(w => w(It.IsAny<EmulatorRequest>())).Returns(false);
        emulator.Faults.InjectWhen(InjectedFault.DropConnection(), when.Object);

        await emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com"), Wire.Lead(email: "b@example.com")), _clock);

        when.Verify(w => w(It.Is<EmulatorRequest>(r =>
            r.CallNumber == 1 && r.Operation == "syncMultipleLeads" && r.RecordCount == 2
            && r.SoapAction == "\"http://www.marketo.com/mktows/syncMultipleLeads\"" && r.Body.Contains("<requestSignature>REDACTED</requestSignature>"))));
    }

    [Fact]
    public async Task InjectAlways_AppliesUntilCancelled()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var rule = emulator.Faults.InjectAlways(InjectedFault.ServiceUnavailable());
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(503, (await emulator.PostAsync(OneLead, _clock)).Status);
        }

        rule.Cancel();
        var answer = await emulator.PostAsync(OneLead, _clock);

        answer.AssertSuccess();
        Assert.Equal(3, rule.Applied);
    }

    [Fact]
    public async Task ServiceUnavailable_Is503PlainText()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Faults.Inject(InjectedFault.ServiceUnavailable());

        var answer = await emulator.PostAsync(OneLead, _clock);

        Assert.Equal((503, "text/plain; charset=utf-8", "503 Service Unavailable"), (answer.Status, answer.ContentType, answer.Body));
    }

    [Fact]
    public async Task HtmlErrorPage_Is502Html()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Faults.Inject(InjectedFault.HtmlErrorPage());

        var answer = await emulator.PostAsync(OneLead, _clock);

        Assert.Equal((502, "text/html; charset=utf-8"), (answer.Status, answer.ContentType));
        Assert.Contains("<title>502 Bad Gateway</title>", answer.Body);
    }

    [Fact]
    public async Task MalformedBody_Is200XmlThatDoesNotParse()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Faults.Inject(InjectedFault.MalformedBody());

        var answer = await emulator.PostAsync(OneLead, _clock);

        Assert.Equal((200, "text/xml; charset=utf-8"), (answer.Status, answer.ContentType));
        Assert.ThrowsAny<System.Xml.XmlException>(() => answer.Xml);
    }

    [Fact]
    public async Task TruncatedBody_HandlesTheCallButSendsHalfTheAnswer()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Faults.Inject(InjectedFault.TruncatedBody());

        var answer = await emulator.PostAsync(OneLead, _clock);

        Assert.Equal(200, answer.Status);
        Assert.ThrowsAny<System.Xml.XmlException>(() => answer.Xml);
        Assert.StartsWith(answer.Body, Assert.Single(emulator.Exchanges).ResponseBody);
        Assert.Single(emulator.Store.Leads);
    }

    [Fact]
    public async Task DropConnection_ClosesWithoutAnAnswerAndHandlesNothing()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Faults.Inject(InjectedFault.DropConnection());

        await Assert.ThrowsAsync<HttpRequestException>(() => emulator.PostAsync(OneLead, _clock));

        Assert.Null(Assert.Single(emulator.Exchanges).HttpStatusCode);
        Assert.Empty(emulator.Store.Leads);
    }

    [Fact]
    public async Task ApplyThenDropConnection_StoresTheLeadButSendsNoAnswer()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Faults.Inject(InjectedFault.ApplyThen(InjectedFault.DropConnection()));

        await Assert.ThrowsAsync<HttpRequestException>(() => emulator.PostAsync(OneLead, _clock));

        Assert.Single(emulator.Store.Leads);
        Assert.True(SpinWait.SpinUntil(() => emulator.Exchanges.Count > 0, TimeSpan.FromSeconds(30)));
        Assert.Equal(InjectedFaultKind.ApplyThenAnswer, Assert.Single(emulator.Exchanges).InjectedFault?.Kind);
    }

    [Fact]
    public async Task ApplyThenHttpError_StoresTheLeadAndAnswersTheStatus()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Faults.Inject(InjectedFault.ApplyThen(InjectedFault.ServiceUnavailable()));

        var answer = await emulator.PostAsync(OneLead, _clock);

        Assert.Equal(503, answer.Status);
        Assert.Single(emulator.Store.Leads);
    }

    [Fact]
    public void ApplyThen_DelayHoldTruncationOrNesting_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => InjectedFault.ApplyThen(InjectedFault.Delay(TimeSpan.FromSeconds(1))));
        Assert.Throws<ArgumentException>(() => InjectedFault.ApplyThen(InjectedFault.Hold(new CallGate())));
        Assert.Throws<ArgumentException>(() => InjectedFault.ApplyThen(InjectedFault.TruncatedBody()));
        Assert.Throws<ArgumentException>(() => InjectedFault.ApplyThen(InjectedFault.ApplyThen(InjectedFault.DropConnection())));
    }

    [Fact]
    public async Task Delay_AnswersOnlyOnceTheEmulatorsClockHasMoved()
    {
        var clock = new WatchedClock();
        await using var emulator = await TestEmulator.StartAsync(clock);
        emulator.Faults.Inject(InjectedFault.Delay(TimeSpan.FromSeconds(30)));
        var call = emulator.PostAsync(OneLead, clock);
        await clock.TimerCreated;

        clock.Advance(TimeSpan.FromSeconds(29));
        var answeredEarly = call.IsCompleted;
        clock.Advance(TimeSpan.FromSeconds(1));
        var answer = await call;

        Assert.False(answeredEarly);
        answer.AssertSuccess();
    }

    [Fact]
    public async Task HoldNext_KeepsCallsInFlightUntilReleased()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var gate = emulator.Faults.HoldNext(2);
        var calls = new[] { emulator.PostAsync(OneLead, _clock), emulator.PostAsync(OneLead, _clock) };

        await gate.WaitForHeldCallsAsync(2);
        var inFlightWhileHeld = emulator.CallsInFlight;
        gate.Release();
        var answers = await Task.WhenAll(calls);

        Assert.Equal(2, inFlightWhileHeld);
        Assert.All(answers, a => a.AssertSuccess());
    }

    [Fact]
    public async Task InjectedFaults_UseNoQuota()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock, o => o.DailyQuota = 1);
        emulator.Faults.Inject(InjectedFault.MarketoFault(20011));
        (await emulator.PostAsync(OneLead, _clock)).AssertMarketoFault(20011);

        var answer = await emulator.PostAsync(OneLead, _clock);

        answer.AssertSuccess();
    }

    [Fact]
    public async Task Rules_ListsOnlyRulesWithUsesLeft()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var used = emulator.Faults.Inject(InjectedFault.MarketoFault(20011));
        var pending = emulator.Faults.InjectWhen(InjectedFault.MarketoFault(20011), r => r.Operation == "syncMObjects");

        await emulator.PostAsync(OneLead, _clock);

        Assert.Equal([pending], emulator.Faults.Rules);
        Assert.Equal((0, 1), (used.Remaining, used.Applied));
    }

    [Fact]
    public async Task ThrowingPredicate_InjectsNothingAndWarns()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Faults.InjectWhen(InjectedFault.MarketoFault(20011), _ => throw new InvalidOperationException("boom"));

        var answer = await emulator.PostAsync(OneLead, _clock);

        answer.AssertSuccess();
        Assert.Contains("boom", Assert.Single(emulator.Warnings));
    }

    [Fact]
    public void Factories_RefuseNonsense()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => InjectedFault.MarketoFault(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => InjectedFault.HttpError(200));
        Assert.Throws<ArgumentOutOfRangeException>(() => InjectedFault.Delay(TimeSpan.FromSeconds(-1)));
    }
}
