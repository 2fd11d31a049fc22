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

    /// <summary>Puts back an activity saved earlier (a state folder, a seed) under its own id, in id order; an id of 0 gets the next id.</summary>
    /// <exception cref="ArgumentException">The id is negative or already in the log.</exception>
    public StoredActivity Restore(StoredActivity activity)
    {
        if (activity.Id == 0)
        {
            activity = activity with { Id = ++_lastId };
            _activities.Add(activity);
            return activity;
        }

        // Stryker disable once Equality,Conditional : an id of 0 returned above, and a negative id is refused below whatever at holds.
        var at = activity.Id < 0 ? 0 : _activities.BinarySearch(activity, ById.Instance);
        if (activity.Id < 0 || at >= 0)
        {
            throw new ArgumentException(FormattableString.Invariant($"Activity id {activity.Id} is negative or already taken."), nameof(activity));
        }

        _activities.Insert(~at, activity);
        _lastId = Math.Max(_lastId, activity.Id);
        return activity;
    }

    /// <summary>Empties the log; ids go on increasing, so a position from before is recognised as stale.</summary>
    public void Clear() => _activities.Clear();

    private sealed class ById : IComparer<StoredActivity>
    {
        public static readonly ById Instance = new();

        public int Compare(StoredActivity? x, StoredActivity? y) => x!.Id.CompareTo(y!.Id);
    }
}
