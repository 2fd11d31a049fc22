using System.Collections.Immutable;
using System.Globalization;
using System.Xml.Linq;
using Marketo.Soap.Testing.Contract;

namespace Marketo.Soap.Testing.Operations;

/// <summary>mergeLeads: merges losing leads into a winner and removes them (operations facts §4.2).</summary>
/// <remarks>
/// Keys are <c>Attribute</c> pairs naming a <c>LeadKeyRef</c> and a value; several in one list must all
/// match (an assumption). A key list that matches no lead or more than one, or a loser that is the
/// winner, fails the merge with <c>FAILED</c> and an error, not a fault, since failures are reported
/// in the status (§4.2; whether Marketo faults with 20103 instead is unknown). The winner keeps its
/// values and takes the losers' fields it lacks, their foreign ids and their list memberships; a
/// Merge Leads activity is written on the winner. All of it is the emulator's assumption.
/// </remarks>
internal sealed class MergeLeadsOperation
{
    private readonly MarketoEmulatorStore _store;

    public MergeLeadsOperation(MarketoEmulatorStore store)
    {
        _store = store;
    }

    public XElement Execute(XElement parameters)
    {
        var winnerKeys = Keys(parameters.Element("winningLeadKeyList")!);
        var loserKeys = parameters.Element("losingLeadKeyLists")!.Elements("keyList").Select(Keys).ToList();

        lock (_store.Gate)
        {
            var winner = Find(winnerKeys);
            var losers = loserKeys.Select(Find).ToList();
            var error = winner is null ? "Winning lead not found or not unique"
                : losers.Count == 0 ? "No losing lead given"
                : losers.Any(l => l is null) ? "Losing lead not found or not unique"
                : losers.Any(l => l!.Id == winner.Id) ? "A losing lead is the winning lead"
                : null;
            var loserIds = losers.Where(l => l is not null).Select(l => l!.Id).Distinct().ToList();
            if (error is null)
            {
                Merge(winner!, [.. losers.DistinctBy(l => l!.Id).Select(l => l!)]);
            }

            return new XElement(
                SoapNames.Mktows + "successMergeLeads",
                new XElement(
                    "result",
                    new XElement(
                        "mergeStatus",
                        winner is null ? LeadRecordXml.Nil("winningLeadId") : new XElement("winningLeadId", winner.Id),
                        new XElement("losingLeadIdList", loserIds.Select(id => new XElement("integerItem", id))),
                        new XElement("status", error is null ? "MERGED" : "FAILED"),
                        error is null ? LeadRecordXml.Nil("error") : new XElement("error", error))));
        }
    }

    private static List<(string Type, string Value)> Keys(XElement attributes) =>
        [.. attributes.Elements("attribute").Select(a => (((string)a.Element("attrName")!).Trim(), (string)a.Element("attrValue")!))];

    private StoredLead? Find(List<(string Type, string Value)> keys)
    {
        if (keys.Count == 0)
        {
            return null;
        }

        var matches = keys
            .Select(k => LeadKeys.FindLocked(_store, k.Type, k.Value).Select(l => l.Id).ToHashSet())
            .Aggregate((a, b) => [.. a.Intersect(b)]);
        // Stryker disable once Linq : Single is reached only when the set holds exactly one id, where SingleOrDefault answers the same.
        return matches.Count == 1 ? _store.FindLeadLocked(matches.Single()) : null;
    }

    private void Merge(StoredLead winner, List<StoredLead> losers)
    {
        var attributes = winner.Attributes.ToImmutableDictionary(StringComparer.Ordinal);
        var email = winner.Email;
        var foreignIds = winner.ForeignPersonIds.ToList();
        foreach (var loser in losers)
        {
            foreach (var (name, value) in loser.Attributes.Where(a => !attributes.TryGetValue(a.Key, out var v) || v.Length == 0))
            {
                attributes = attributes.SetItem(name, value);
            }

            email ??= loser.Email;
            foreignIds.AddRange(loser.ForeignPersonIds.Where(f => !foreignIds.Contains(f)));
            _store.RemoveLeadLocked(loser.Id, winner.Id);
        }

        _store.SaveLeadLocked(winner with { Email = email, Attributes = attributes, ForeignPersonIds = foreignIds });
        _store.Activities.Add(
            winner.Id,
            _store.Clock.GetUtcNow(),
            ActivityTypeNames.MergeLeads,
            null,
            ("Merge IDs", string.Join(",", losers.Select(l => l.Id.ToString(CultureInfo.InvariantCulture)))),
            ("Lead ID", winner.Id.ToString(CultureInfo.InvariantCulture)));
    }
}
