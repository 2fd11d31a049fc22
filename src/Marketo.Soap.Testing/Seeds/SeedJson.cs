using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Marketo.Soap.Testing.Seeds;

/// <summary>How seed files and saved state are read and written.</summary>
internal static class SeedJson
{
    /// <summary>
    /// Strict about structure (an unknown or misspelt property, or a null where a value is needed,
    /// is an error rather than silently ignored), lenient about what people write by hand: comments,
    /// trailing commas, and numbers or booleans as field values.
    /// </summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Converters = { new MonthConverter(), new ScalarAsTextConverter() },
    };

    public static SeedDocument Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<SeedDocument>(json, Options)
                ?? throw new ArgumentException("The seed is JSON null; it must be an object.");
        }
        catch (JsonException e)
        {
            var where = e.Path is { Length: > 0 } path ? $" at {path}" : string.Empty;
            throw new ArgumentException($"The seed is not valid{where}: {FirstSentence(e.Message)}", e);
        }
    }

    public static string Write(SeedDocument document) => JsonSerializer.Serialize(document, Options);

    private static string FirstSentence(string message)
    {
        // System.Text.Json appends "Path: ... | LineNumber: ..." which the caller has already placed.
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    /// <summary>A program cost's month: <c>yyyy-MM</c> as Marketo writes it, or a full date, whose day is dropped.</summary>
    private sealed class MonthConverter : JsonConverter<DateOnly>
    {
        private static readonly string[] Formats = ["yyyy-MM", "yyyy-MM-dd"];

        public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.GetString();
            return DateOnly.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? new DateOnly(date.Year, date.Month, 1)
                : throw new JsonException($"'{text}' is not a month; write it as yyyy-MM.");
        }

        public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString("yyyy-MM", CultureInfo.InvariantCulture));
    }

    /// <summary>Field values are text on the wire; a seed may still write <c>50</c> or <c>true</c> for them.</summary>
    private sealed class ScalarAsTextConverter : JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(reader.ValueSpan),
            JsonTokenType.True => "true",
            JsonTokenType.False => "false",
            JsonTokenType.Null => null,
            _ => throw new JsonException($"Expected text, a number or a boolean, not {reader.TokenType}."),
        };

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

        public override bool HandleNull => false;
    }
}
