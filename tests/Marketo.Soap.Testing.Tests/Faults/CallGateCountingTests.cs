namespace Marketo.Soap.Testing.Tests.Faults;

/// <summary>A gate counts the calls waiting at it, and a wait for calls already there ends at once.</summary>
public class CallGateCountingTests
{
    [Fact]
    public void WaitForHeldCalls_CountZero_Throws()
    {
        var gate = new CallGate();

        // Refused when asked, not in the task it would return.
        Assert.Throws<ArgumentOutOfRangeException>(() => { _ = gate.WaitForHeldCallsAsync(0); });
    }

    [Fact]
    public async Task WaitForHeldCalls_ExactlyThatManyHeldAlready_IsDoneAtOnce()
    {
        var gate = new CallGate();
        var held = gate.PassAsync(CancellationToken.None);

        var wait = gate.WaitForHeldCallsAsync(1);

        Assert.True(wait.IsCompletedSuccessfully);
        gate.Release();
        await held;
    }

    [Fact]
    public async Task WaitForHeldCalls_MoreThanHeld_WaitsForTheNextCall()
    {
        var gate = new CallGate();
        var first = gate.PassAsync(CancellationToken.None);

        var wait = gate.WaitForHeldCallsAsync(2);
        Assert.False(wait.IsCompleted);
        var second = gate.PassAsync(CancellationToken.None);

        await wait;
        Assert.Equal(2, gate.HeldCalls);
        gate.Release();
        await Task.WhenAll(first, second);
    }

    [Fact]
    public async Task Release_CallsThatPassed_AreNoLongerHeld()
    {
        var gate = new CallGate();
        var first = gate.PassAsync(CancellationToken.None);
        var second = gate.PassAsync(CancellationToken.None);
        Assert.Equal(2, gate.HeldCalls);

        gate.Release();
        await Task.WhenAll(first, second);

        Assert.Equal(0, gate.HeldCalls);
    }

    [Fact]
    public async Task Cancelled_CallThatLeftTheGate_IsNoLongerHeld()
    {
        var gate = new CallGate();
        using var cancel = new CancellationTokenSource();
        var held = gate.PassAsync(cancel.Token);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => held);
        Assert.Equal((0, false), (gate.HeldCalls, gate.IsReleased));
    }
}
