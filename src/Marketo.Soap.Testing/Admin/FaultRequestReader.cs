namespace Marketo.Soap.Testing.Admin;

/// <summary>Turns an admin fault request into a rule on the emulator's <see cref="FaultInjector"/>.</summary>
internal sealed class FaultRequestReader
{
    private readonly FaultInjector _faults;
    private readonly Lock _gate = new();
    private readonly List<CallGate> _holds = [];

    public FaultRequestReader(FaultInjector faults)
    {
        _faults = faults;
    }

    /// <exception cref="ArgumentException">The request names an unknown kind or lacks a value its kind needs.</exception>
    public FaultRule Inject(FaultRequest request)
    {
        var fault = request.ApplyFirst ? InjectedFault.ApplyThen(Build(request)) : Build(request);
        Func<EmulatorRequest, bool>? when = request.Operation is { } operation
            ? call => string.Equals(call.Operation, operation, StringComparison.Ordinal)
            : null;

        if (request.Always)
        {
            if (request.Count is not null)
            {
                throw new ArgumentException("Give either count or always, not both.");
            }

            return _faults.InjectAlways(fault, when);
        }

        var count = request.Count ?? 1;
        if (count < 1)
        {
            throw new ArgumentException("count must be at least 1.");
        }

        return when is null ? _faults.Inject(fault, count) : _faults.InjectWhen(fault, when, count);
    }

    /// <summary>Lets every held call go on, and every call a hold rule would still catch.</summary>
    public int ReleaseHolds()
    {
        CallGate[] holds;
        lock (_gate)
        {
            holds = [.. _holds];
            _holds.Clear();
        }

        foreach (var hold in holds)
        {
            hold.Release();
        }

        return holds.Length;
    }

    /// <summary>Removes every rule and releases every hold.</summary>
    public void Clear()
    {
        _faults.Clear();
        ReleaseHolds();
    }

    private InjectedFault Build(FaultRequest request) => request.Kind switch
    {
        "marketoFault" => InjectedFault.MarketoFault(Required(request.ErrorCode, "errorCode"), request.Message, request.Cause),
        "httpError" => InjectedFault.HttpError(Required(request.Status, "status"), request.ContentType ?? "text/plain; charset=utf-8", request.Message),
        "delay" => InjectedFault.Delay(TimeSpan.FromMilliseconds(Required(request.DelayMilliseconds, "delayMilliseconds"))),
        "hold" => InjectedFault.Hold(NewHold()),
        "truncatedBody" => InjectedFault.TruncatedBody(),
        "malformedBody" => InjectedFault.MalformedBody(),
        "dropConnection" => InjectedFault.DropConnection(),
        _ => throw new ArgumentException($"Unknown fault kind '{request.Kind}'; use marketoFault, httpError, delay, hold, truncatedBody, malformedBody or dropConnection."),
    };

    private CallGate NewHold()
    {
        var hold = new CallGate();
        lock (_gate)
        {
            _holds.Add(hold);
        }

        return hold;
    }

    private static int Required(int? value, string name) =>
        value ?? throw new ArgumentException($"This kind of fault needs {name}.");
}
