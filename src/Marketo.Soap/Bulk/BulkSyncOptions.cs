using Marketo.Soap.Configuration;

namespace Marketo.Soap.Bulk;

/// <summary>How a bulk sync splits its input into calls and how many it sends at once.</summary>
public sealed class BulkSyncOptions
{
    /// <summary>How many records one call carries.</summary>
    /// <value>
    /// Default <see langword="null"/>: the most one call may carry, 300 leads or 100 MObjects.
    /// A smaller size makes each call shorter and each failure cost less.
    /// </value>
    public int? BatchSize { get; set; }

    /// <summary>How many calls the job keeps in flight at once.</summary>
    /// <value>
    /// Default 2; from 1 to 10. The client's <see cref="MarketoSoapOptions.MaxConcurrentCalls"/> and
    /// rate limiter still apply on top, shared with every other call of the same client.
    /// </value>
    public int MaxConcurrency { get; set; } = MarketoSoapDefaults.BulkMaxConcurrency;

    /// <summary>Receives a report after each call completes, for a progress bar. <see langword="null"/> (the default) reports nothing.</summary>
    public IProgress<BulkSyncProgress>? Progress { get; set; }
}
