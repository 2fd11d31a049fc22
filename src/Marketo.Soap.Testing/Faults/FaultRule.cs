namespace Marketo.Soap.Testing;

/// <summary>One fault a <see cref="FaultInjector"/> applies to matching calls, a set number of times or always.</summary>
/// <remarks>Thread-safe.</remarks>
public sealed class FaultRule
{
    private readonly Lock _gate = new();
    private readonly Func<EmulatorRequest, bool>? _when;
    private int? _remaining;
    private int _applied;

    internal FaultRule(InjectedFault fault, int? count, Func<EmulatorRequest, bool>? when)
    {
        Fault = fault;
        _remaining = count;
        _when = when;
    }

    /// <summary>The fault this rule applies.</summary>
    public InjectedFault Fault { get; }

    /// <summary>How many more calls the rule applies to, or <see langword="null"/> when it applies to every matching call.</summary>
    public int? Remaining
    {
        get
        {
            lock (_gate)
            {
                return _remaining;
            }
        }
    }

    /// <summary>How many calls the rule has been applied to.</summary>
    public int Applied
    {
        get
        {
            lock (_gate)
            {
                return _applied;
            }
        }
    }

    /// <summary>Stops the rule from applying to any further call.</summary>
    public void Cancel()
    {
        lock (_gate)
        {
            _remaining = 0;
        }
    }

    /// <summary>Applies the rule to <paramref name="request"/> if it matches and has uses left, using one up.</summary>
    internal bool TryApply(EmulatorRequest request)
    {
        lock (_gate)
        {
            if (_remaining == 0 || (_when is not null && !_when(request)))
            {
                return false;
            }

            _remaining--;
            _applied++;
            return true;
        }
    }
}
