namespace Marketo.Soap.Testing;

/// <summary>The activities syncs, list changes and campaign requests write, oldest first; guarded by the store's gate.</summary>
internal sealed class ActivityLog
{
    private readonly List<StoredActivity> _activities = [];
    private int _lastId;

    /// <summary>Every activity, oldest (lowest id) first.</summary>
    public IReadOnlyList<StoredActivity> All => _activities;

    /// <summary>The id the next activity gets minus one; positions naming a higher id were never handed out.</summary>
    public int LastId => _lastId;

    public void Add(int leadId, DateTimeOffset at, string activityType, string? assetName, params (string Name, string Value)[] attributes) =>
        _activities.Add(new StoredActivity(++_lastId, leadId, at, activityType, assetName, attributes));

    public bool Holds(int id) => _activities.BinarySearch(new StoredActivity(id, 0, default, string.Empty, null, []), ById.Instance) >= 0;

    /// <summary>Empties the log; ids go on increasing, so a position from before is recognised as stale.</summary>
    public void Clear() => _activities.Clear();

    private sealed class ById : IComparer<StoredActivity>
    {
        public static readonly ById Instance = new();

        public int Compare(StoredActivity? x, StoredActivity? y) => x!.Id.CompareTo(y!.Id);
    }
}
