namespace Marketo.Soap.Testing.Tests.Store;

/// <summary>Putting activities back from a state folder or seed: ids kept, in order, never twice.</summary>
public class ActivityLogRestoreTests
{
    private readonly ActivityLog _log = new();

    private static StoredActivity Activity(int id) => new(id, 1, TestSupport.TestClock.Start, "Visit Webpage", null, []);

    [Fact]
    public void Restore_IdZero_GetsTheNextIdAndIsKept()
    {
        _log.Restore(Activity(5));

        var restored = _log.Restore(Activity(0));

        Assert.Equal(6, restored.Id);
        Assert.Equal([5, 6], _log.All.Select(a => a.Id));
        Assert.Equal(6, _log.LastId);
    }

    [Fact]
    public void Restore_OutOfOrder_KeepsIdOrder()
    {
        _log.Restore(Activity(7));
        _log.Restore(Activity(3));

        Assert.Equal([3, 7], _log.All.Select(a => a.Id));
        Assert.Equal(7, _log.LastId);
    }

    [Fact]
    public void Restore_IdOfTheFirstActivity_ThrowsNamingTheId()
    {
        _log.Restore(Activity(5));
        _log.Restore(Activity(9));

        var error = Assert.Throws<ArgumentException>(() => _log.Restore(Activity(5)));

        Assert.Contains("Activity id 5", error.Message, StringComparison.Ordinal);
        Assert.Equal([5, 9], _log.All.Select(a => a.Id));
    }

    [Fact]
    public void Restore_NegativeId_ThrowsNamingTheId()
    {
        var error = Assert.Throws<ArgumentException>(() => _log.Restore(Activity(-2)));

        Assert.Contains("Activity id -2", error.Message, StringComparison.Ordinal);
        Assert.Empty(_log.All);
    }
}
