namespace Marketo.Soap.Models;

/// <summary>The outcome of one <c>getImportToListStatus</c> call: the state and row counts of a list's import.</summary>
/// <remarks>Every count and time is <see langword="null"/> when Marketo sent none (or sent <c>xsi:nil</c>).</remarks>
public sealed class GetImportToListStatusResult
{
    internal GetImportToListStatusResult(
        ImportToListStatus status,
        string statusText,
        DateTimeOffset? startedAt,
        DateTimeOffset? endedAt,
        int? estimatedTime,
        int? estimatedRows,
        int? rowsImported,
        int? rowsFailed,
        int? rowsIgnored,
        string? importSummary)
    {
        Status = status;
        StatusText = statusText;
        StartedAt = startedAt;
        EndedAt = endedAt;
        EstimatedTime = estimatedTime;
        EstimatedRows = estimatedRows;
        RowsImported = rowsImported;
        RowsFailed = rowsFailed;
        RowsIgnored = rowsIgnored;
        ImportSummary = importSummary;
    }

    /// <summary>The import's state.</summary>
    public ImportToListStatus Status { get; }

    /// <summary>The state word as Marketo sent it, for example <c>COMPLETE</c>.</summary>
    public string StatusText { get; }

    /// <summary>Whether the import has stopped: complete, failed or cancelled.</summary>
    public bool IsFinished => Status is ImportToListStatus.Complete or ImportToListStatus.Failed or ImportToListStatus.Canceled;

    /// <summary>When the import started, in UTC; <see langword="null"/> while it waits to start.</summary>
    public DateTimeOffset? StartedAt { get; }

    /// <summary>When the import ended, in UTC; <see langword="null"/> until it has.</summary>
    public DateTimeOffset? EndedAt { get; }

    /// <summary>Marketo's estimate of the import's duration, as sent; Marketo does not document its unit.</summary>
    public int? EstimatedTime { get; }

    /// <summary>How many rows Marketo expects to import.</summary>
    public int? EstimatedRows { get; }

    /// <summary>How many rows were imported so far.</summary>
    public int? RowsImported { get; }

    /// <summary>How many rows failed.</summary>
    public int? RowsFailed { get; }

    /// <summary>How many rows were ignored; Marketo does not document how that differs from failing.</summary>
    public int? RowsIgnored { get; }

    /// <summary>Marketo's summary text of the import, when it sent one.</summary>
    public string? ImportSummary { get; }
}
