namespace Marketo.Soap.Testing;

/// <summary>
/// Holds calls in flight until a test releases them, so a test can put calls exactly where it wants
/// them (for example ten in flight to reach the concurrency limit) without timing anything.
/// </summary>
/// <remarks>Used through <see cref="InjectedFault.Hold"/> or <see cref="FaultInjector.HoldNext"/>. Thread-safe.</remarks>
public sealed class CallGate
{
    private readonly Lock _gate = new();
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<(int Count, TaskCompletionSource Reached)> _watchers = [];
    private int _held;

    /// <summary>How many calls are waiting at the gate now.</summary>
    public int HeldCalls
    {
        get
        {
            lock (_gate)
            {
                return _held;
            }
        }
    }

    /// <summary>Whether <see cref="Release"/> has been called.</summary>
    public bool IsReleased => _released.Task.IsCompleted;

    /// <summary>Completes once at least <paramref name="count"/> calls are waiting at the gate.</summary>
    /// <param name="count">How many held calls to wait for. At least 1.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>A task that completes when the calls are held.</returns>
    public Task WaitForHeldCallsAsync(int count, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        lock (_gate)
        {
            if (_held >= count)
            {
                return Task.CompletedTask;
            }

            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _watchers.Add((count, reached));
            return reached.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Lets every held call go on, and every later call pass without waiting.</summary>
    public void Release() => _released.TrySetResult();

    /// <summary>Waits at the gate until it is released or <paramref name="cancellationToken"/> fires.</summary>
    internal async Task PassAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _held++;
            foreach (var watcher in _watchers.Where(w => w.Count <= _held).ToList())
            {
                // Stryker disable once Statement : a watcher left in the list is only completed again, which TrySetResult ignores; it frees memory, nothing a caller sees.
                _watchers.Remove(watcher);
                watcher.Reached.TrySetResult();
            }
        }

        try
        {
            await _released.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            lock (_gate)
            {
                _held--;
            }
        }
    }
}
