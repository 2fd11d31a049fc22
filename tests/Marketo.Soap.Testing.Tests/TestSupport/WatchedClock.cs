using Microsoft.Extensions.Time.Testing;

namespace Marketo.Soap.Testing.Tests.TestSupport;

/// <summary>
/// A fake clock that also tells when someone starts waiting on it, so a test can move time exactly
/// after a delay has begun instead of guessing when that is.
/// </summary>
internal sealed class WatchedClock : FakeTimeProvider
{
    private readonly TaskCompletionSource _timerCreated = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public WatchedClock()
        : base(TestClock.Start)
    {
    }

    /// <summary>Completes when the first timer is created on this clock.</summary>
    public Task TimerCreated => _timerCreated.Task;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        _timerCreated.TrySetResult();
        return timer;
    }
}
