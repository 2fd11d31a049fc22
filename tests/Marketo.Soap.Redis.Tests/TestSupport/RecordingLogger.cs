using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Marketo.Soap.Redis.Tests.TestSupport;

/// <summary>Keeps every event logged, for tests that check what was logged and how often.</summary>
internal sealed class RecordingLogger : ILogger
{
    private readonly ConcurrentQueue<(LogLevel Level, EventId Id, string Message)> _events = new();

    public IReadOnlyList<(LogLevel Level, EventId Id, string Message)> Events => [.. _events];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        _events.Enqueue((logLevel, eventId, formatter(state, exception)));
}
