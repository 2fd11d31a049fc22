using System.Globalization;
using Marketo.Soap.Testing.Internal;

namespace Marketo.Soap.Testing.Operations;

/// <summary>
/// Does a queued import's work when it ends: reads the header and rows, upserts leads (or finds
/// them, for <c>LISTONLY</c>) and adds them to the list, as one step under the store's gate.
/// </summary>
/// <remarks>
/// Emulator assumptions, since Marketo documents none of this (operations facts §8, §14): a column
/// that is neither a standard field's display name, a custom field's API name nor a My Token fails
/// the whole import, and so does a file without an Email Address column; a row whose values do not
/// match the header, or whose email is empty or has no <c>@</c>, fails; a <c>LISTONLY</c> row whose
/// email no lead has is ignored; <c>clearList</c> empties the list when the import ends.
/// </remarks>
internal sealed class ListImportRun
{
    private const int FailuresInSummary = 10;

    private readonly MarketoEmulatorStore _store;
    private readonly LeadUpsert _upsert;

    public ListImportRun(MarketoEmulatorStore store)
    {
        _store = store;
        _upsert = new LeadUpsert(store);
    }

    /// <summary>Whether the header names known fields and an Email Address column; an import whose header does not fails as soon as it starts.</summary>
    public bool ReadsHeaderLocked(string header) => Columns(header) is not null;

    /// <summary>Finishes the import unless it already finished or the store was cleared since.</summary>
    public void Finish(ListImport import)
    {
        lock (_store.Gate)
        {
            if (import.IsDone || _store.LatestImportLocked(import.ListId) != import || _store.FindStaticListLocked(import.ListId) is not { } list)
            {
                return;
            }

            if (Columns(import.Header) is not { } columns)
            {
                import.Finish("FAILED", 0, import.Rows.Count, 0, Problem(import.Header));
                return;
            }

            var members = import.ClearList ? [] : list.LeadIds.ToList();
            var (imported, ignored) = (0, 0);
            var failures = new List<string>();
            for (var i = 0; i < import.Rows.Count; i++)
            {
                switch (ImportRow(import, columns, import.Rows[i], members))
                {
                    case null:
                        imported++;
                        break;
                    case "":
                        ignored++;
                        break;
                    case var failure:
                        failures.Add(string.Create(CultureInfo.InvariantCulture, $"row {i + 1}: {failure}"));
                        break;
                }
            }

            ListMembershipLog.Record(_store, list, members);
            _store.SaveStaticListLocked(list with { LeadIds = members });
            var summary = string.Create(CultureInfo.InvariantCulture, $"{imported} rows imported, {failures.Count} failed, {ignored} ignored");
            if (failures.Count > 0)
            {
                summary += "; " + string.Join("; ", failures.Take(FailuresInSummary));
            }

            import.Finish("COMPLETE", imported, failures.Count, ignored, summary);
        }
    }

    /// <summary>Imports one row: null when imported, empty when ignored, otherwise why it failed.</summary>
    private string? ImportRow(ListImport import, IReadOnlyList<string?> columns, string row, List<int> members)
    {
        var values = ImportCsv.Split(row);
        if (values is null || values.Count != columns.Count)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{values?.Count.ToString(CultureInfo.InvariantCulture) ?? "unreadable"} values for {columns.Count} columns");
        }

        var email = values[IndexOfEmail(columns)].Trim();
        if (email.Length == 0 || !email.Contains('@', StringComparison.Ordinal))
        {
            return "no valid Email Address";
        }

        int leadId;
        if (import.ListOnly)
        {
            if (_store.FindNewestLeadByEmailLocked(email) is not { } lead)
            {
                return string.Empty;
            }

            leadId = lead.Id;
        }
        else
        {
            var attributes = columns.Select((field, i) => (Field: field, Value: values[i]))
                .Where(c => c.Field is not null and not "Email")
                .Select(c => (c.Field!, c.Value))
                .ToList();
            var outcome = _upsert.SyncLocked(new LeadInput(null, email, null, null, attributes), dedup: true);
            if (outcome.Error is { } error)
            {
                return error;
            }

            leadId = outcome.LeadId;
        }

        if (!members.Contains(leadId))
        {
            members.Add(leadId);
        }

        return null;
    }

    /// <summary>Each column's API name (null for a token column), or null when a column names no field or Email Address is missing.</summary>
    private List<string?>? Columns(string header)
    {
        var names = ImportCsv.Split(header);
        if (names is null)
        {
            return null;
        }

        var columns = names.Select(FieldOf).ToList();
        return columns.Contains(string.Empty) || !columns.Contains("Email") ? null : columns;
    }

    /// <summary>A column's API name; null for a token column, empty when it names no field.</summary>
    private string? FieldOf(string column)
    {
        if (ImportCsv.IsTokenColumn(column))
        {
            return null;
        }

        // Custom fields have no display name in the store, so their API name stands in for it.
        return LeadFieldDisplayNames.ApiName(column)
            ?? (_store.CustomLeadFieldsLocked.Contains(column.Trim()) ? column.Trim() : string.Empty);
    }

    private static int IndexOfEmail(IReadOnlyList<string?> columns)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i] == "Email")
            {
                return i;
            }
        }

        // Stryker disable once Unary : unreachable, Columns refuses a header without Email
        return -1;
    }

    private string Problem(string header)
    {
        var names = ImportCsv.Split(header);
        if (names is null)
        {
            return "The header line is not readable as comma-separated names.";
        }

        var unknown = names.Where(n => FieldOf(n) == string.Empty).ToList();
        return unknown.Count > 0
            ? "Unknown columns: " + string.Join(", ", unknown) + ". Headers are fields' display names, such as " + LeadFieldDisplayNames.Email + "."
            : "The file has no " + LeadFieldDisplayNames.Email + " column.";
    }
}
