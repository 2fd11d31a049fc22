namespace Marketo.Soap.Testing.Internal;

/// <summary>Hands out increasing ids for one kind of object, never one a test has already seeded.</summary>
/// <remarks>Not thread-safe on its own: the store calls it under its lock.</remarks>
internal sealed class IdSequence
{
    private int _next = 1;

    public int Next() => _next++;

    /// <summary>Moves past an id that was given explicitly, so it is never handed out again.</summary>
    public void Saw(int id) => _next = Math.Max(_next, id + 1);
}
