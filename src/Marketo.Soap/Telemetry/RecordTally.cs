namespace Marketo.Soap.Telemetry;

/// <summary>
/// How many records of one answer succeeded and failed, for the call's log event and activity,
/// and how many carried each status word, for the records counter.
/// </summary>
/// <param name="Succeeded">Records Marketo wrote.</param>
/// <param name="Failed">Records Marketo refused.</param>
/// <param name="StatusCounts">Records per status word; null when nobody listens to the records counter.</param>
internal readonly record struct RecordTally(int Succeeded, int Failed, IReadOnlyDictionary<string, long>? StatusCounts = null)
{
    /// <summary>Counts the results, and their status words when the records counter is listened to.</summary>
    /// <param name="results">The answer's results.</param>
    /// <param name="succeeded">Whether one result is a success.</param>
    /// <param name="statusOf">One result's status word.</param>
    public static RecordTally Of<T>(IReadOnlyList<T> results, Func<T, bool> succeeded, Func<T, string> statusOf)
    {
        var count = 0;
        foreach (var result in results)
        {
            if (succeeded(result))
            {
                count++;
            }
        }

        return new RecordTally(count, results.Count - count, MarketoTelemetry.CountStatuses(results, statusOf));
    }
}
