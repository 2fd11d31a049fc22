namespace Marketo.Soap.Telemetry;

/// <summary>How many records of one answer succeeded and failed, for the call's log event and activity.</summary>
internal readonly record struct RecordTally(int Succeeded, int Failed)
{
    /// <summary>Counts the results and records one metric point per distinct status word.</summary>
    public static RecordTally Of<T>(string operation, IReadOnlyList<T> results, Func<T, bool> succeeded, Func<T, string> statusOf)
    {
        MarketoTelemetry.RecordStatuses(operation, results, statusOf);
        var count = 0;
        foreach (var result in results)
        {
            if (succeeded(result))
            {
                count++;
            }
        }

        return new RecordTally(count, results.Count - count);
    }
}
