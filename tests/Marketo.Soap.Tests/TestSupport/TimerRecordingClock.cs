using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace Marketo.Soap.Tests.TestSupport;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that tells the test about every timer started on it, so a test
/// can read a back-off's length from the timer itself and then advance the clock by exactly that.
/// </summary>
internal sealed class TimerRecordingClock : FakeTimeProvider
{
    private readonly Channel<TimeSpan> _timers = Channel.CreateUnbounded<TimeSpan>();

    public TimerRecordingClock(DateTimeOffset startDateTime)
        : base(startDateTime)
    {
    }

    /// <summary>Whether a timer was started that no <see cref="NextTimerAsync"/> has taken yet.</summary>
    public bool HasTimerStarted => _timers.Reader.Count > 0;

    /// <summary>Waits for the next timer started on this clock and returns its due time.</summary>
    public async Task<TimeSpan> NextTimerAsync()
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await _timers.Reader.ReadAsync(patience.Token);
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        _timers.Writer.TryWrite(dueTime);
        return timer;
    }
}
