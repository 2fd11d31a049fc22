using System.Buffers.Text;
using System.Globalization;
using System.Text.Json;
using Proxy = Marketo.Soap.Generated;

namespace Marketo.Soap.Operations;

/// <summary>
/// Turns the complex <c>StreamPosition</c> of <c>getLeadActivity</c> and <c>getLeadChanges</c> into
/// one opaque continuation token, and back.
/// </summary>
/// <remarks>
/// The token is base64url of a small JSON object holding the four fields Marketo returned (each
/// left out when Marketo sent none) and the operation it came from, so a token cannot be handed
/// to the other read by mistake. Times are kept to the tick, in UTC: the same instants Marketo
/// sent, written with <c>Z</c> instead of Marketo's offset.
/// </remarks>
internal static class StreamPositionToken
{
    private const string OperationKey = "op";
    private const string LatestKey = "latest";
    private const string OldestKey = "oldest";
    private const string ActivityKey = "activity";
    private const string OffsetKey = "offset";

    /// <summary>Whether Marketo sent a position at all: a nil or empty one has no field set.</summary>
    public static bool IsEmpty(Proxy.StreamPosition? position) =>
        position is null
        || (position.latestCreatedAt is null && position.oldestCreatedAt is null && position.activityCreatedAt is null && string.IsNullOrEmpty(position.offset));

    /// <summary>
    /// The token that continues after a page: none once nothing remains, and a refusal of a page
    /// that says records remain but gives no position.
    /// </summary>
    public static string? Next(Proxy.StreamPosition? position, int remainingCount, string operation) =>
        remainingCount > 0
            ? Encode(AnswerGuard.Continuation(IsEmpty(position) ? null : position, remainingCount, operation), operation)
            : null;

    public static string Encode(Proxy.StreamPosition position, string operation)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString(OperationKey, operation);
            WriteTime(json, LatestKey, position.latestCreatedAt);
            WriteTime(json, OldestKey, position.oldestCreatedAt);
            WriteTime(json, ActivityKey, position.activityCreatedAt);
            if (!string.IsNullOrEmpty(position.offset))
            {
                json.WriteString(OffsetKey, position.offset);
            }

            json.WriteEndObject();
        }

        return Base64Url.EncodeToString(buffer.ToArray());
    }

    /// <exception cref="MarketoRequestValidationException">The token was not made by <see cref="Encode"/> for <paramref name="operation"/>.</exception>
    public static Proxy.StreamPosition Decode(string token, string operation)
    {
        try
        {
            using var json = JsonDocument.Parse(Base64Url.DecodeFromChars(token));
            var root = json.RootElement;
            if (root.GetProperty(OperationKey).GetString() != operation)
            {
                throw Refused($"The continuation token belongs to another read; pass {operation} only tokens its own pages handed out.");
            }

            var latest = ReadTime(root, LatestKey);
            var oldest = ReadTime(root, OldestKey);
            var activity = ReadTime(root, ActivityKey);
            return new Proxy.StreamPosition
            {
                latestCreatedAt = latest,
                latestCreatedAtSpecified = latest.HasValue,
                oldestCreatedAt = oldest,
                oldestCreatedAtSpecified = oldest.HasValue,
                activityCreatedAt = activity,
                activityCreatedAtSpecified = activity.HasValue,
                offset = root.TryGetProperty(OffsetKey, out var offset) ? offset.GetString() : null,
            };
        }
        catch (Exception e) when (e is FormatException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw Refused("The continuation token is not one this library handed out; pass a page's ContinuationToken exactly as it was.");
        }
    }

    private static void WriteTime(Utf8JsonWriter json, string key, DateTime? value)
    {
        if (value is { } time)
        {
            json.WriteString(key, WireTime.ToWire(WireTime.FromWire(time)).ToString("O", CultureInfo.InvariantCulture));
        }
    }

    private static DateTime? ReadTime(JsonElement root, string key) =>
        root.TryGetProperty(key, out var value)
            ? DateTime.Parse(value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)
            : null;

    private static MarketoRequestValidationException Refused(string message) =>
        new(message, "continuationToken", null, "continuationToken");
}
