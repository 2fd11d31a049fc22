using Marketo.Soap.Bulk;

namespace Marketo.Soap;

/// <summary>
/// A bulk sync was cancelled by its caller. It is an <see cref="OperationCanceledException"/>, so
/// ordinary cancellation handling catches it; <see cref="Report"/> says what was and was not synced.
/// </summary>
/// <typeparam name="TRecord">The record type.</typeparam>
/// <typeparam name="TResult">The per-record result type.</typeparam>
public class MarketoBulkSyncCanceledException<TRecord, TResult> : OperationCanceledException
{
    /// <summary>Creates an exception for a cancelled bulk sync.</summary>
    /// <param name="message">The message.</param>
    /// <param name="report">What the job leaves behind.</param>
    /// <param name="innerException">The cancellation as it surfaced.</param>
    /// <param name="cancellationToken">The token that was cancelled.</param>
    public MarketoBulkSyncCanceledException(string message, BulkSyncReport<TRecord, TResult> report, Exception? innerException, CancellationToken cancellationToken)
        : base(message, innerException, cancellationToken)
    {
        Report = report;
    }

    /// <summary>What the job leaves behind: results not yet handed out and records not confirmed.</summary>
    public BulkSyncReport<TRecord, TResult> Report { get; }
}
