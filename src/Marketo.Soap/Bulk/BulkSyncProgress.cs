namespace Marketo.Soap.Bulk;

/// <summary>How far a bulk sync has come, reported after each call.</summary>
/// <param name="RecordsSent">Records in calls that completed, successfully or not.</param>
/// <param name="RecordsSucceeded">Records Marketo reported as written.</param>
/// <param name="RecordsFailed">Records Marketo reported as failed, or that were in a call that failed.</param>
/// <param name="CallsMade">Calls that completed, successfully or not; repeats of one call count once.</param>
public readonly record struct BulkSyncProgress(long RecordsSent, long RecordsSucceeded, long RecordsFailed, int CallsMade);
