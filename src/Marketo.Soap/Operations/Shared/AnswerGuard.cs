using System.Globalization;

namespace Marketo.Soap.Operations;

/// <summary>The checks on an answer that several operations share, each throwing a <see cref="MarketoTransportException"/> with <see cref="MarketoTransportFailure.InvalidResponse"/>.</summary>
internal static class AnswerGuard
{
    /// <summary>
    /// Refuses a status list that cannot be matched to the request's records.
    /// </summary>
    /// <remarks>
    /// A status carries no key of its record (a new lead has no id until Marketo answers), so the
    /// only way to match is by position. An answer with a different number of statuses therefore
    /// cannot be matched at all, and is refused as a whole instead of being guessed at.
    /// </remarks>
    public static T[] OneStatusPerRecord<T>(T[]? statuses, int recordCount, string operation)
    {
        if (statuses is null)
        {
            throw Invalid($"Marketo's answer to {operation} holds no status list.", operation);
        }

        if (statuses.Length != recordCount)
        {
            throw Invalid(
                string.Create(CultureInfo.InvariantCulture, $"Marketo's answer to {operation} holds {statuses.Length} statuses for {recordCount} records, so no status can be matched to its record."),
                operation);
        }

        return statuses;
    }

    /// <summary>The status at <paramref name="index"/>, refusing an empty one.</summary>
    public static T Status<T>(T? status, int index, string operation)
        where T : class =>
        status ?? throw Invalid(
            string.Create(CultureInfo.InvariantCulture, $"Marketo's answer to {operation} holds an empty status at position {index}."),
            operation);

    /// <summary>A part of the answer the schema requires (a <c>result</c>, a position), refusing an answer without it.</summary>
    public static T Required<T>(T? part, string what, string operation)
        where T : class =>
        part ?? throw Invalid($"Marketo's answer to {operation} holds no {what}.", operation);

    /// <summary>
    /// The position to continue from when Marketo says records remain, refusing a page that says so
    /// but gives no position: continuing without one would start over or stop silently.
    /// </summary>
    public static T Continuation<T>(T? position, int remainingCount, string operation)
        where T : class =>
        position ?? throw Invalid(
            string.Create(CultureInfo.InvariantCulture, $"Marketo's answer to {operation} says {remainingCount} records remain but gives no position to continue from."),
            operation);

    /// <summary>
    /// The token after a page of a read paged by a string position (getMultipleLeads,
    /// getCustomObjects): the position exactly as sent while records remain, none once nothing
    /// does (the last page's position is empty or, for some reads, still set), and a refusal of a
    /// page that says records remain but gives an empty position.
    /// </summary>
    public static string? NextStreamPosition(string? position, int remainingCount, string operation) =>
        remainingCount > 0 ? Continuation(string.IsNullOrEmpty(position) ? null : position, remainingCount, operation) : null;

    /// <summary>
    /// The position to continue from when Marketo says only that more records exist (getMObjects'
    /// <c>hasMore</c>), refusing a page that says so but gives no position.
    /// </summary>
    public static T Continuation<T>(T? position, string operation)
        where T : class =>
        position ?? throw Invalid($"Marketo's answer to {operation} says more records exist but gives no position to continue from.", operation);

    private static MarketoTransportException Invalid(string message, string operation) =>
        new(message, MarketoTransportFailure.InvalidResponse, httpStatusCode: null, operation);
}
