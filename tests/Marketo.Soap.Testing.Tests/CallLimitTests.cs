using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests;

/// <summary>Marketo's per-instance limits (contract facts §5.3), driven by a fake clock and held calls: nothing here waits.</summary>
public class CallLimitTests
{
    private static readonly System.Xml.Linq.XElement OneLead = Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com"));

    [Fact]
    public async Task RateLimit_DefaultIsHundredCallsIn20Seconds_TheNextFailsWith20023()
    {
        var clock = TestClock.Create();
        await using var emulator = await TestEmulator.StartAsync(clock);
        for (var i = 0; i < 100; i++)
        {
            (await emulator.PostAsync(OneLead, clock)).AssertSuccess();
        }

        var answer = await emulator.PostAsync(OneLead, clock);

        answer.AssertMarketoFault(20023);
    }

    [Fact]
    public async Task RateLimit_WindowSlides_CallsOlderThan20SecondsNoLongerCount()
    {
        var clock = TestClock.Create();
        await using var emulator = await TestEmulator.StartAsync(clock, o => o.CallsPer20Seconds = 2);
        (await emulator.PostAsync(OneLead, clock)).AssertSuccess();
        clock.Advance(TimeSpan.FromSeconds(10));
        (await emulator.PostAsync(OneLead, clock)).AssertSuccess();

        clock.Advance(TimeSpan.FromSeconds(10));
        var afterFirstLeftTheWindow = await emulator.PostAsync(OneLead, clock);
        var stillTwoInTheWindow = await emulator.PostAsync(OneLead, clock);

        afterFirstLeftTheWindow.AssertSuccess();
        stillTwoInTheWindow.AssertMarketoFault(20023);
    }

    [Fact]
    public async Task RateLimit_RefusedCallsDoNotCount()
    {
        var clock = TestClock.Create();
        await using var emulator = await TestEmulator.StartAsync(clock, o => o.CallsPer20Seconds = 1);
        (await emulator.PostAsync(OneLead, clock)).AssertSuccess();
        clock.Advance(TimeSpan.FromSeconds(19));
        (await emulator.PostAsync(OneLead, clock)).AssertMarketoFault(20023);

        clock.Advance(TimeSpan.FromSeconds(1));
        var answer = await emulator.PostAsync(OneLead, clock);

        answer.AssertSuccess();
    }

    [Fact]
    public async Task ConcurrencyLimit_DefaultIsTen_AnEleventhCallInFlightFailsWith20024()
    {
        var clock = TestClock.Create();
        await using var emulator = await TestEmulator.StartAsync(clock);
        var gate = emulator.Faults.HoldNext(10);
        var held = Enumerable.Range(0, 10).Select(_ => emulator.PostAsync(OneLead, clock)).ToList();
        await gate.WaitForHeldCallsAsync(10);

        var eleventh = await emulator.PostAsync(OneLead, clock);
        gate.Release();
        var released = await Task.WhenAll(held);

        eleventh.AssertMarketoFault(20024);
        Assert.All(released, a => a.AssertSuccess());
    }

    [Fact]
    public async Task ConcurrencyLimit_CallsUnderTheLimit_AreAccepted()
    {
        var clock = TestClock.Create();
        await using var emulator = await TestEmulator.StartAsync(clock, o => o.MaxConcurrentCalls = 3);
        var gate = emulator.Faults.HoldNext(2);
        var held = Enumerable.Range(0, 2).Select(_ => emulator.PostAsync(OneLead, clock)).ToList();
        await gate.WaitForHeldCallsAsync(2);

        var third = await emulator.PostAsync(OneLead, clock);
        gate.Release();
        await Task.WhenAll(held);

        third.AssertSuccess();
    }

    [Fact]
    public async Task DailyQuota_UsedUp_FailsWith20015()
    {
        var clock = TestClock.Create();
        await using var emulator = await TestEmulator.StartAsync(clock, o => o.DailyQuota = 2);
        (await emulator.PostAsync(OneLead, clock)).AssertSuccess();
        (await emulator.PostAsync(OneLead, clock)).AssertSuccess();

        var answer = await emulator.PostAsync(OneLead, clock);

        answer.AssertMarketoFault(20015);
    }

    [Fact]
    public async Task DailyQuota_ResetsAtMidnightUsCentralTime()
    {
        // 05:59:00 UTC on 24 November is 23:59 on the 23rd in Chicago (CST, UTC-6).
        var clock = TestClock.At(new DateTimeOffset(2026, 11, 24, 5, 59, 0, TimeSpan.Zero));
        await using var emulator = await TestEmulator.StartAsync(clock, o => o.DailyQuota = 1);
        (await emulator.PostAsync(OneLead, clock)).AssertSuccess();
        clock.Advance(TimeSpan.FromSeconds(30));
        var beforeMidnight = await emulator.PostAsync(OneLead, clock);

        clock.Advance(TimeSpan.FromSeconds(31)); // 06:00:01 UTC is just after midnight in Chicago
        var afterMidnight = await emulator.PostAsync(OneLead, clock);

        beforeMidnight.AssertMarketoFault(20015);
        afterMidnight.AssertSuccess();
    }

    [Fact]
    public async Task MoreThanHundredMObjects_FailsWith20110AndWritesNothing()
    {
        var clock = TestClock.Create();
        await using var emulator = await TestEmulator.StartAsync(clock);
        var objects = Enumerable.Range(0, 101).Select(i => Wire.MObject("Opportunity", attribs: [("Name", $"O{i}")])).ToArray();

        var answer = await emulator.PostAsync(Wire.SyncMObjects("INSERT", objects), clock);

        answer.AssertMarketoFault(20110);
        Assert.Empty(emulator.Store.Opportunities);
    }

    [Fact]
    public async Task HundredMObjects_AreAccepted()
    {
        var clock = TestClock.Create();
        await using var emulator = await TestEmulator.StartAsync(clock);
        var objects = Enumerable.Range(0, 100).Select(i => Wire.MObject("Opportunity", attribs: [("Name", $"O{i}")])).ToArray();

        var answer = await emulator.PostAsync(Wire.SyncMObjects("INSERT", objects), clock);

        answer.AssertSuccess();
        Assert.Equal(100, emulator.Store.Opportunities.Count);
    }

    [Fact]
    public async Task MaxLeadsPerCall_WhenSet_MoreLeadsFailWith20110()
    {
        var clock = TestClock.Create();
        await using var emulator = await TestEmulator.StartAsync(clock, o => o.MaxLeadsPerCall = 2);
        var leads = Enumerable.Range(0, 3).Select(i => Wire.Lead(email: $"l{i}@example.com")).ToArray();

        var answer = await emulator.PostAsync(Wire.SyncMultipleLeads(leads), clock);

        answer.AssertMarketoFault(20110);
        Assert.Empty(emulator.Store.Leads);
    }

    [Fact]
    public async Task MaxLeadsPerCall_ByDefault_IsNotLimited()
    {
        var clock = TestClock.Create();
        await using var emulator = await TestEmulator.StartAsync(clock);
        var leads = Enumerable.Range(0, 301).Select(i => Wire.Lead(email: $"l{i}@example.com")).ToArray();

        var answer = await emulator.PostAsync(Wire.SyncMultipleLeads(leads), clock);

        answer.AssertSuccess();
        Assert.Equal(301, answer.LeadStatuses.Count);
    }

    [Fact]
    public async Task CallRefusedByAuthentication_DoesNotUseTheQuota()
    {
        var clock = TestClock.Create();
        await using var emulator = await TestEmulator.StartAsync(clock, o => o.DailyQuota = 1);
        var body = Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com"));
        var badHeader = RequestSigner.Header(emulator.UserId, "wrong", RequestSigner.Timestamp(clock.GetUtcNow()));
        (await emulator.PostXmlAsync(RequestSigner.Envelope(badHeader, body).ToString())).AssertMarketoFault(20014);

        var answer = await emulator.PostAsync(OneLead, clock);

        answer.AssertSuccess();
    }
}
