using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Marketo.Soap.Tests.TestSupport;

/// <summary>An <see cref="ILogger"/> that keeps every entry at every level, for tests that read what was logged.</summary>
internal sealed class RecordingLogger : ILogger
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => _entries.ToArray();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var values = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
        _entries.Enqueue(new LogEntry(logLevel, eventId, formatter(state, exception), values.ToDictionary(p => p.Key, p => p.Value), exception));
    }
}

/// <summary>One entry a <see cref="RecordingLogger"/> kept.</summary>
internal sealed record LogEntry(LogLevel Level, EventId EventId, string Message, IReadOnlyDictionary<string, object?> Values, Exception? Exception)
{
    /// <summary>The message, every structured value and the exception, as one text to search.</summary>
    public string AllText => string.Join('\n', [Message, .. Values.Select(p => $"{p.Key}={p.Value}"), Exception?.ToString() ?? string.Empty]);
}
