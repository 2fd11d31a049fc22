using System.Globalization;
using Marketo.Soap.Testing.Soap;

namespace Marketo.Soap.Testing.Limits;

/// <summary>Marketo's three per-instance limits: concurrency (20024), rate (20023) and the daily quota (20015).</summary>
/// <remarks>
/// A call is in flight from the moment it arrives until its answer is written, so a call an
/// injected delay or hold keeps waiting counts too. Only calls admitted here count toward the rate
/// window and the quota: a refused call uses neither (an emulator assumption; Marketo does not say).
/// All windows read the injected clock, so a test moves time instead of waiting.
/// </remarks>
internal sealed class CallLimiter
{
    private readonly Lock _gate = new();
    private readonly Queue<DateTimeOffset> _admittedInWindow = new();
    private readonly TimeProvider _clock;
    private readonly TimeSpan _window;
    private int _callsPerWindow;
    private int _maxConcurrentCalls;
    private int _dailyQuota;
    private int _inFlight;
    private DateOnly _quotaDay;
    private int _admittedToday;

    public CallLimiter(TimeProvider clock, TimeSpan window, int callsPerWindow, int maxConcurrentCalls, int dailyQuota)
    {
        _clock = clock;
        _window = window;
        _callsPerWindow = callsPerWindow;
        _maxConcurrentCalls = maxConcurrentCalls;
        _dailyQuota = dailyQuota;
    }

    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>The limits in force: calls per window, calls at once, calls per day.</summary>
    public (int CallsPerWindow, int MaxConcurrentCalls, int DailyQuota) Limits
    {
        get
        {
            lock (_gate)
            {
                return (_callsPerWindow, _maxConcurrentCalls, _dailyQuota);
            }
        }

        set
        {
            // Changed while the emulator runs (from the admin API); calls already admitted keep counting.
            lock (_gate)
            {
                (_callsPerWindow, _maxConcurrentCalls, _dailyQuota) = value;
            }
        }
    }

    /// <summary>Counts a call in flight until the returned scope is disposed.</summary>
    public InFlightScope Arrive()
    {
        Interlocked.Increment(ref _inFlight);
        return new InFlightScope(this);
    }

    /// <summary>Admits the call, or refuses it with the first limit it breaks, checked in the order concurrency, rate, quota.</summary>
    /// <exception cref="SoapFault">20024, 20023 or 20015.</exception>
    public void Admit()
    {
        lock (_gate)
        {
            var inFlight = InFlight;
            if (inFlight > _maxConcurrentCalls)
            {
                throw SoapFault.Marketo(20024, Invariant($"Concurrency limit exceeded: {inFlight} calls in flight, at most {_maxConcurrentCalls} allowed"));
            }

            var now = _clock.GetUtcNow();
            while (_admittedInWindow.Count > 0 && _admittedInWindow.Peek() <= now - _window)
            {
                _admittedInWindow.Dequeue();
            }

            if (_admittedInWindow.Count >= _callsPerWindow)
            {
                throw SoapFault.Marketo(20023, Invariant($"Rate limit exceeded: {_admittedInWindow.Count} calls in the last {_window.TotalSeconds:0} seconds, at most {_callsPerWindow} allowed"));
            }

            var today = CentralTime.DayOf(now);
            if (today != _quotaDay)
            {
                _quotaDay = today;
                _admittedToday = 0;
            }

            if (_admittedToday >= _dailyQuota)
            {
                throw SoapFault.Marketo(20015, Invariant($"Request limit exceeded: the daily quota of {_dailyQuota} calls is used up until midnight US Central time"));
            }

            _admittedInWindow.Enqueue(now);
            _admittedToday++;
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Ends one call's time in flight.</summary>
    internal readonly struct InFlightScope(CallLimiter limiter) : IDisposable
    {
        public void Dispose() => Interlocked.Decrement(ref limiter._inFlight);
    }
}
