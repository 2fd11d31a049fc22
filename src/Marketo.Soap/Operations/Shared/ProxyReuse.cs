using System.Collections.Concurrent;

namespace Marketo.Soap.Operations;

/// <summary>
/// Keeps a few idle <typeparamref name="TBatch"/> between calls, so a call that sends hundreds of
/// records fills the proxy objects an earlier call made rather than allocating them anew (about
/// 100 KB for 300 leads, half of everything such a call allocated).
/// </summary>
/// <remarks>
/// A batch goes back only after its call's answer was read: the request was written whole by
/// then. After a failure it is left to the GC, because a send abandoned by a timeout or a
/// cancellation could still be reading it while another call refilled it.
/// </remarks>
/// <typeparam name="TBatch">The reusable proxy objects of one call.</typeparam>
internal static class ProxyReuse<TBatch>
    where TBatch : class, IProxyBatch, new()
{
    // A few cover the calls a client runs at once (MaxConcurrentCalls is small); more would only hold memory.
    internal const int MaxIdle = 4;

    private static readonly ConcurrentQueue<TBatch> Idle = new();
    private static int _idleCount;

    public static TBatch Rent()
    {
        if (Idle.TryDequeue(out var batch))
        {
            Interlocked.Decrement(ref _idleCount);
            return batch;
        }

        return new TBatch();
    }

    /// <summary>Sends one attempt with a rented batch, which goes back once the answer is in.</summary>
    /// <remarks>The attempt's values come as <paramref name="state"/> so that a static <paramref name="send"/> costs no closure per attempt.</remarks>
    public static async Task<TAnswer> SendAsync<TAnswer, TState>(Func<TBatch, TState, Task<TAnswer>> send, TState state)
    {
        var batch = Rent();
        var answer = await send(batch, state).ConfigureAwait(false);
        Return(batch);
        return answer;
    }

    /// <summary>Clears the record values the batch holds (no caller's data outlives its call here) and keeps it for a later call.</summary>
    public static void Return(TBatch batch)
    {
        batch.Clear();
        if (Interlocked.Increment(ref _idleCount) <= MaxIdle)
        {
            Idle.Enqueue(batch);
            return;
        }

        Interlocked.Decrement(ref _idleCount);
    }
}

/// <summary>The proxy objects of one call, refilled for each call that rents them.</summary>
internal interface IProxyBatch
{
    /// <summary>Drops every record value, keeping the objects.</summary>
    void Clear();
}

/// <summary>Arrays of proxy objects refilled in place.</summary>
internal static class ProxyArrays
{
    /// <summary>An array of exactly <paramref name="count"/> objects, <paramref name="existing"/> itself when its length fits, each slot holding an object (reused where there was one).</summary>
    public static T[] Exactly<T>(T[]? existing, int count)
        where T : class, new()
    {
        var array = existing;
        if (array is null || array.Length != count)
        {
            array = new T[count];
            existing?.AsSpan(0, Math.Min(existing.Length, count)).CopyTo(array);
        }

        for (var i = 0; i < array.Length; i++)
        {
            array[i] ??= new T();
        }

        return array;
    }

    /// <summary>As <see cref="Exactly{T}"/>, but null for none: the proxy leaves an empty optional list out.</summary>
    public static T[]? OrNull<T>(T[]? existing, int count)
        where T : class, new() =>
        count == 0 ? null : Exactly(existing, count);
}
