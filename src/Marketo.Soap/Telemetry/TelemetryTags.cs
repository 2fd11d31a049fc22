namespace Marketo.Soap.Telemetry;

/// <summary>The tag names of the library's activities and instruments, lowercase and dotted.</summary>
internal static class TelemetryTags
{
    public const string Operation = "marketo.operation";
    public const string RecordCount = "marketo.record_count";
    public const string RecordsSucceeded = "marketo.records.succeeded";
    public const string RecordsFailed = "marketo.records.failed";
    public const string Status = "marketo.status";
    public const string Outcome = "marketo.outcome";
    public const string ErrorCode = "marketo.error_code";
    public const string Retriable = "marketo.retriable";
}
