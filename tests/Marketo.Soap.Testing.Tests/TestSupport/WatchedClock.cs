using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace Marketo.Soap.Testing.Tests.TestSupport;

/// <summary>
/// A fake clock that also tells when someone starts waiting on it, so a test can move time exactly
/// after a delay has begun instead of guessing when that is.
/// </summary>
internal sealed class WatchedClock : FakeTimeProvider
{
    private readonly TaskCompletionSource _timerCreated = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Channel<TimeSpan> _timers = Channel.CreateUnbounded<TimeSpan>();

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
        _timers.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>Waits until a timer due in exactly <paramref name="dueTime"/> is started on this clock; other timers are passed over.</summary>
    public async Task WaitForTimerAsync(TimeSpan dueTime)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await _timers.Reader.ReadAsync(patience.Token) != dueTime)
        {
        }
    }
}
