using System.Globalization;
using Marketo.Soap.Models;

namespace Marketo.Soap.Operations;

/// <summary>Polls an import's status on a clock until it finishes, politely: waits that double up to a cap, within a deadline.</summary>
internal static class ImportToListWaiter
{
    /// <summary>Refuses options that cannot describe a wait, before any call.</summary>
    public static void Validate(ImportToListWaitOptions options)
    {
        if (options.PollInterval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.PollInterval, "PollInterval must be positive.");
        }

        if (options.MaxPollInterval < options.PollInterval)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxPollInterval, "MaxPollInterval must be at least PollInterval.");
        }

        if (options.Timeout <= TimeSpan.Zero && options.Timeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Timeout, "Timeout must be positive, or Timeout.InfiniteTimeSpan for no limit.");
        }
    }

    /// <summary>
    /// Reads the status at once, then after each wait, until the import is complete (returned),
    /// failed or cancelled (thrown), or the deadline has passed (thrown after one last read at it).
    /// A status word the library does not know counts as still running.
    /// </summary>
    public static async Task<GetImportToListStatusResult> WaitAsync(
        Func<GetImportToListStatusRequest, CancellationToken, Task<GetImportToListStatusResult>> readStatus,
        GetImportToListStatusRequest request,
        ImportToListWaitOptions options,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var deadline = options.Timeout == Timeout.InfiniteTimeSpan ? DateTimeOffset.MaxValue : clock.GetUtcNow() + options.Timeout;
        var interval = options.PollInterval;
        var polls = 0;
        while (true)
        {
            var status = await readStatus(request, cancellationToken).ConfigureAwait(false);
            polls++;
            switch (status.Status)
            {
                case ImportToListStatus.Complete:
                    return status;
                case ImportToListStatus.Failed:
                    throw Ended(request, ImportToListWaitOutcome.Failed, status, polls, "Marketo reports the import failed");
                case ImportToListStatus.Canceled:
                    throw Ended(request, ImportToListWaitOutcome.Canceled, status, polls, "Marketo reports the import was cancelled");
            }

            var left = deadline - clock.GetUtcNow();
            if (left <= TimeSpan.Zero)
            {
                throw Ended(request, ImportToListWaitOutcome.TimedOut, status, polls, string.Create(CultureInfo.InvariantCulture, $"The import was still {status.StatusText} after {options.Timeout}; it may still complete, so wait again rather than import again"));
            }

            await Task.Delay(interval < left ? interval : left, clock, cancellationToken).ConfigureAwait(false);
            interval = interval * 2 < options.MaxPollInterval ? interval * 2 : options.MaxPollInterval;
        }
    }

    private static MarketoImportToListException Ended(GetImportToListStatusRequest request, ImportToListWaitOutcome outcome, GetImportToListStatusResult status, int polls, string what)
    {
        var summary = status.ImportSummary is { } text ? $" Marketo's summary: {text}" : string.Empty;
        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"{what} (program '{request.ProgramName}', list '{request.ListName}'; {status.RowsImported ?? 0} rows imported, {status.RowsFailed ?? 0} failed, {status.RowsIgnored ?? 0} ignored, after {polls} status reads).{summary}");
        return new MarketoImportToListException(message, outcome, status, polls);
    }
}
