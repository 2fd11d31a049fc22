using Marketo.Soap.Bulk;
using Marketo.Soap.Models;

namespace Marketo.Soap.Testing.Tests.TestSupport;

/// <summary>Checks that a bulk job kept its promises, against its own report and against the emulator's store.</summary>
internal static class BulkAssert
{
    /// <summary>
    /// Every record the job read is in exactly one place (a yielded result, a pending result, an
    /// unsynced record), under its own index and as the very object the input held.
    /// </summary>
    public static void AccountsForEveryRecordReadOnce<TRecord, TResult>(
        IReadOnlyList<TRecord> input,
        IReadOnlyList<TResult> yielded,
        BulkSyncReport<TRecord, TResult> report,
        Func<TResult, (int Index, TRecord Record)> placeOf)
        where TRecord : class
    {
        Assert.Equal(yielded.Count, report.ResultsYielded);
        var places = yielded.Concat(report.PendingResults).Select(placeOf)
            .Concat(report.UnsyncedRecords.Select(u => (u.Index, u.Record)))
            .OrderBy(p => p.Index)
            .ToList();
        Assert.Equal(Enumerable.Range(0, checked((int)report.RecordsRead)), places.Select(p => p.Index));
        Assert.All(places, p => Assert.Same(input[p.Index], p.Record));
    }

    /// <summary>
    /// The store holds each email once; every lead the job confirmed, under the id it reported; no
    /// lead the job said never reached Marketo; and nothing else but leads it said may have.
    /// </summary>
    public static void StoreAgreesWith(MarketoEmulatorStore store, IEnumerable<LeadSyncResult> confirmed, IEnumerable<UnsyncedRecord<LeadRecord>> unsynced)
    {
        var stored = store.Leads;
        Assert.Empty(stored.GroupBy(l => l.Email!, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key));
        var byEmail = stored.ToDictionary(l => l.Email!, StringComparer.OrdinalIgnoreCase);
        var written = confirmed.Where(r => r.Succeeded).ToList();
        Assert.All(written, r => Assert.Equal(r.LeadId, byEmail.GetValueOrDefault(r.Lead.Email!)?.Id));

        var unsent = unsynced.Where(u => !u.MayHaveReachedMarketo).Select(u => u.Record.Email!).ToList();
        Assert.DoesNotContain(unsent, byEmail.ContainsKey);

        var accounted = written.Select(r => r.Lead.Email!)
            .Concat(unsynced.Where(u => u.MayHaveReachedMarketo).Select(u => u.Record.Email!))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.All(stored, l => Assert.Contains(l.Email!, accounted));
    }

    /// <summary>
    /// The store holds each opportunity key at most once; every opportunity the job confirmed,
    /// under the id it reported; no opportunity the job said never reached Marketo; and nothing
    /// else but opportunities it said may have.
    /// </summary>
    public static void StoreAgreesWith(MarketoEmulatorStore store, IEnumerable<MObjectSyncResult> confirmed, IEnumerable<UnsyncedRecord<MObjectRecord>> unsynced)
    {
        var stored = store.Opportunities;
        Assert.Empty(stored.GroupBy(o => o.ExternalKey!.Value, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));
        var byKey = stored.ToDictionary(o => o.ExternalKey!.Value, StringComparer.Ordinal);
        var written = confirmed.Where(r => r.Succeeded).ToList();
        Assert.All(written, r => Assert.Equal(r.Id, byKey.GetValueOrDefault(r.Record.ExternalKey!.Value)?.Id));

        var unsent = unsynced.Where(u => !u.MayHaveReachedMarketo).Select(u => u.Record.ExternalKey!.Value).ToList();
        Assert.DoesNotContain(unsent, byKey.ContainsKey);

        var accounted = written.Select(r => r.Record.ExternalKey!.Value)
            .Concat(unsynced.Where(u => u.MayHaveReachedMarketo).Select(u => u.Record.ExternalKey!.Value))
            .ToHashSet(StringComparer.Ordinal);
        Assert.All(stored, o => Assert.Contains(o.ExternalKey!.Value, accounted));
    }
}
