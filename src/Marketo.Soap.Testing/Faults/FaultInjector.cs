namespace Marketo.Soap.Testing;

/// <summary>
/// Makes chosen calls fail the way real servers and networks fail: a Marketo fault, an HTTP error
/// or HTML page, a delay, a truncated or malformed answer, or a dropped connection.
/// </summary>
/// <remarks>
/// Rules are tried in the order they were added, and the first that matches a call (and has uses
/// left) is applied to it; a call gets at most one injected fault. Rules are checked before
/// anything else, so an injected answer replaces the envelope, authentication and limit checks,
/// and the call uses none of the rate window or daily quota. Thread-safe.
/// </remarks>
public sealed class FaultInjector
{
    private readonly Lock _gate = new();
    private readonly List<FaultRule> _rules = [];

    internal FaultInjector()
    {
    }

    /// <summary>The rules added and not yet used up or cancelled, in the order they are tried.</summary>
    public IReadOnlyList<FaultRule> Rules
    {
        get
        {
            lock (_gate)
            {
                return [.. _rules.Where(r => r.Remaining != 0)];
            }
        }
    }

    /// <summary>Applies <paramref name="fault"/> to the next <paramref name="count"/> calls.</summary>
    /// <param name="fault">What to do to each call.</param>
    /// <param name="count">How many calls. Default 1; at least 1.</param>
    /// <returns>The rule, to inspect or cancel.</returns>
    public FaultRule Inject(InjectedFault fault, int count = 1) => Add(fault, count, when: null);

    /// <summary>Applies <paramref name="fault"/> to the next <paramref name="count"/> calls for which <paramref name="when"/> is true.</summary>
    /// <param name="fault">What to do to each call.</param>
    /// <param name="when">Chooses the calls, for example <c>r =&gt; r.Operation == "syncMObjects"</c>. It runs on the server's threads.</param>
    /// <param name="count">How many calls. Default 1; at least 1.</param>
    /// <returns>The rule, to inspect or cancel.</returns>
    public FaultRule InjectWhen(InjectedFault fault, Func<EmulatorRequest, bool> when, int count = 1)
    {
        ArgumentNullException.ThrowIfNull(when);
        return Add(fault, count, when);
    }

    /// <summary>Applies <paramref name="fault"/> to every call (for which <paramref name="when"/> is true, if given) until the rule is cancelled.</summary>
    /// <param name="fault">What to do to each call.</param>
    /// <param name="when">Chooses the calls; null chooses all.</param>
    /// <returns>The rule, to inspect or cancel.</returns>
    public FaultRule InjectAlways(InjectedFault fault, Func<EmulatorRequest, bool>? when = null)
    {
        ArgumentNullException.ThrowIfNull(fault);
        return Register(new FaultRule(fault, count: null, when));
    }

    /// <summary>Holds the next <paramref name="count"/> calls in flight until the returned gate is released.</summary>
    /// <param name="count">How many calls. Default 1; at least 1.</param>
    /// <param name="when">Chooses the calls; null chooses all.</param>
    /// <returns>The gate: wait on it for the calls to arrive, then release it.</returns>
    public CallGate HoldNext(int count = 1, Func<EmulatorRequest, bool>? when = null)
    {
        var gate = new CallGate();
        Add(InjectedFault.Hold(gate), count, when);
        return gate;
    }

    /// <summary>Removes every rule. Calls already held or delayed stay so until their gate or delay ends.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _rules.Clear();
        }
    }

    /// <summary>Finds the fault for a call, using up one use of its rule; <see langword="null"/> when no rule applies.</summary>
    internal InjectedFault? Take(EmulatorRequest request)
    {
        FaultRule[] rules;
        lock (_gate)
        {
            rules = [.. _rules];
        }

        return rules.FirstOrDefault(r => r.TryApply(request))?.Fault;
    }

    private FaultRule Add(InjectedFault fault, int count, Func<EmulatorRequest, bool>? when)
    {
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return Register(new FaultRule(fault, count, when));
    }

    private FaultRule Register(FaultRule rule)
    {
        lock (_gate)
        {
            _rules.Add(rule);
        }

        return rule;
    }
}
