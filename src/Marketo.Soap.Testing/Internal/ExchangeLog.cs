namespace Marketo.Soap.Testing.Internal;

/// <summary>The emulator's record of calls and of what lenient mode ignored. Thread-safe; reads are snapshots.</summary>
internal sealed class ExchangeLog
{
    private readonly Lock _gate = new();
    private readonly List<EmulatorExchange> _exchanges = [];
    private readonly List<string> _warnings = [];

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

    public void Add(EmulatorExchange exchange)
    {
        lock (_gate)
        {
            _exchanges.Add(exchange);
            _warnings.AddRange(exchange.Warnings);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _exchanges.Clear();
            _warnings.Clear();
        }
    }
}
