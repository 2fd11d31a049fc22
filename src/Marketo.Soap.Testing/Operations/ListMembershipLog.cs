using System.Globalization;

namespace Marketo.Soap.Testing.Operations;

/// <summary>Logs Add to List and Remove from List activities for a change of a static list's members; callers hold the store's gate.</summary>
internal static class ListMembershipLog
{
    public static void Record(MarketoEmulatorStore store, StoredStaticList before, IReadOnlyList<int> members)
    {
        var at = store.Clock.GetUtcNow();
        var listId = before.Id.ToString(CultureInfo.InvariantCulture);
        foreach (var added in members.Except(before.LeadIds))
        {
            store.Activities.Add(added, at, ActivityTypeNames.AddToList, before.Name, ("List ID", listId));
        }

        foreach (var removed in before.LeadIds.Except(members))
        {
            store.Activities.Add(removed, at, ActivityTypeNames.RemoveFromList, before.Name, ("List ID", listId));
        }
    }
}
