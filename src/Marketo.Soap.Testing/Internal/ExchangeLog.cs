namespace Marketo.Soap.Testing.Internal;

/// <summary>
/// The emulator's record of calls and of what lenient mode ignored, bounded so that a long-running
/// emulator keeps its memory flat: past the capacity the oldest call is dropped and counted.
/// Thread-safe; reads are snapshots.
/// </summary>
internal sealed class ExchangeLog
{
    private readonly Lock _gate = new();
    private readonly Queue<EmulatorExchange> _exchanges = new();
    private readonly Queue<string> _warnings = new();
    private readonly Action<EmulatorExchange>? _observer;
    private int _capacity;
    private long _dropped;

    public ExchangeLog(int capacity, Action<EmulatorExchange>? observer = null)
    {
        _capacity = capacity;
        _observer = observer;
    }

    public IReadOnlyList<EmulatorExchange> Exchanges
    {
        get
        {
            lock (_gate)
            {
                return [.. _exchanges];
            }
        }
    }

    public IReadOnlyList<string> Warnings
    {
        get
        {
            lock (_gate)
            {
                return [.. _warnings];
            }
        }
    }

    /// <summary>How many calls were dropped to keep within the capacity since the last <see cref="Clear"/>.</summary>
    public long Dropped
    {
        get
        {
            lock (_gate)
            {
                return _dropped;
            }
        }
    }

    public int Capacity
    {
        get
        {
            lock (_gate)
            {
                return _capacity;
            }
        }

        set
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
            lock (_gate)
            {
                _capacity = value;
                TrimLocked();
            }
        }
    }

    public void Add(EmulatorExchange exchange)
    {
        lock (_gate)
        {
            _exchanges.Enqueue(exchange);
            foreach (var warning in exchange.Warnings)
            {
                _warnings.Enqueue(warning);
            }

            TrimLocked();
        }

        try
        {
            _observer?.Invoke(exchange);
        }
        catch (Exception e)
        {
            lock (_gate)
            {
                _warnings.Enqueue($"The OnExchange callback threw {e.GetType().Name} for call {exchange.CallNumber}: {e.Message}");
                TrimLocked();
            }
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _exchanges.Clear();
            _warnings.Clear();
            _dropped = 0;
        }
    }

    private void TrimLocked()
    {
        while (_exchanges.Count > _capacity)
        {
            _exchanges.Dequeue();
            _dropped++;
        }

        // Warnings are bounded by the same number, so lenient mode's notes cannot grow without end either.
        while (_warnings.Count > _capacity)
        {
            _warnings.Dequeue();
        }
    }
}
