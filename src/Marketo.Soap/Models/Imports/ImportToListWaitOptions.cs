namespace Marketo.Soap.Models;

/// <summary>How <see cref="IMarketoSoapClient.WaitForImportToListAsync"/> polls an import.</summary>
/// <remarks>
/// Marketo asks callers to read an import's status at most once a minute, so the defaults start
/// there and slow down: 1, 2, 4, then every 5 minutes, for at most 2 hours.
/// </remarks>
public sealed record ImportToListWaitOptions
{
    /// <summary>The wait after the first status read. Default 1 minute. Must be positive.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The longest wait between two reads: each wait doubles until it reaches this. Default 5 minutes. At least <see cref="PollInterval"/>.</summary>
    public TimeSpan MaxPollInterval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long to wait in all, from the first read, before giving up with
    /// <see cref="ImportToListWaitOutcome.TimedOut"/>; the last read happens at this deadline.
    /// Default 2 hours. Must be positive, or <see cref="Timeout.InfiniteTimeSpan"/> for no limit.
    /// </summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromHours(2);
}
