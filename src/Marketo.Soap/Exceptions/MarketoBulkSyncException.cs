using Marketo.Soap.Bulk;

namespace Marketo.Soap;

/// <summary>
/// A bulk sync stopped before the end of its input, because a call failed for good (after any
/// repeats), a record was refused, or the input itself failed. <see cref="Report"/> accounts for
/// every record the job read.
/// </summary>
/// <typeparam name="TRecord">The record type.</typeparam>
/// <typeparam name="TResult">The per-record result type.</typeparam>
/// <remarks>The failure that stopped the job is the <see cref="Exception.InnerException"/>.</remarks>
public class MarketoBulkSyncException<TRecord, TResult> : MarketoSoapException
{
    /// <summary>Creates an exception for a bulk sync that stopped.</summary>
    /// <param name="message">The message.</param>
    /// <param name="report">What the job leaves behind.</param>
    /// <param name="innerException">The failure that stopped the job.</param>
    public MarketoBulkSyncException(string message, BulkSyncReport<TRecord, TResult> report, Exception innerException)
        : base(message, (innerException as MarketoSoapException)?.ErrorCode, (innerException as MarketoSoapException)?.FaultCode, (innerException as MarketoSoapException)?.Operation, innerException)
    {
        Report = report;
    }

    /// <summary>What the job leaves behind: results not yet handed out and records not confirmed.</summary>
    public BulkSyncReport<TRecord, TResult> Report { get; }

    /// <summary>Whether the failure that stopped the job could pass if the unsynced records are sent again later.</summary>
    public override bool IsRetriable => (InnerException as MarketoSoapException)?.IsRetriable ?? false;
}
