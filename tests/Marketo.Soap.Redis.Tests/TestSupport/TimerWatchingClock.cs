using Microsoft.Extensions.Time.Testing;

namespace Marketo.Soap.Redis.Tests.TestSupport;

/// <summary>
/// A fake clock that tells when someone starts waiting on it: a limiter waiting to ask Redis again
/// makes a timer only after Redis refused it, so a test knows the refusal happened.
/// </summary>
internal sealed class TimerWatchingClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly SemaphoreSlim _timers = new(0);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        _timers.Release();
        return timer;
    }

    /// <summary>Waits until one more timer was made; fails the test after ten seconds.</summary>
    public async Task WaitForTimerAsync()
    {
        Assert.True(await _timers.WaitAsync(TimeSpan.FromSeconds(10)), "No one started waiting on the clock.");
    }
}
