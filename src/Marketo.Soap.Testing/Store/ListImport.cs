namespace Marketo.Soap.Testing;

/// <summary>
/// One importToList call: what it asked for, when it runs on the store's clock, and, once done,
/// what it did. Read and written under the store's gate.
/// </summary>
internal sealed class ListImport
{
    public required int ListId { get; init; }

    /// <summary>The list's full name, <c>Program.List</c>, which getImportToListStatus asks about.</summary>
    public required string ListName { get; init; }

    public required string Header { get; init; }

    public required IReadOnlyList<string> Rows { get; init; }

    public required bool ListOnly { get; init; }

    public required bool ClearList { get; init; }

    /// <summary>When the import leaves the queue and starts; until then it has no <c>startedTime</c>.</summary>
    public required DateTimeOffset StartsAt { get; init; }

    /// <summary>When the import finishes and its rows reach the store.</summary>
    public required DateTimeOffset EndsAt { get; init; }

    /// <summary>Fires at <see cref="EndsAt"/>; disposed when the store is cleared.</summary>
    public ITimer? Timer { get; set; }

    public bool IsDone { get; private set; }

    /// <summary><c>COMPLETE</c> or <c>FAILED</c> once done; <c>PROCESSING</c> before.</summary>
    public string Status { get; private set; } = "PROCESSING";

    public int RowsImported { get; private set; }

    public int RowsFailed { get; private set; }

    public int RowsIgnored { get; private set; }

    public string? Summary { get; private set; }

    public void Finish(string status, int imported, int failed, int ignored, string summary)
    {
        IsDone = true;
        Status = status;
        RowsImported = imported;
        RowsFailed = failed;
        RowsIgnored = ignored;
        Summary = summary;
    }
}
