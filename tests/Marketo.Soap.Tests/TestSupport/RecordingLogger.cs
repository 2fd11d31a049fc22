using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Marketo.Soap.Tests.TestSupport;

/// <summary>A logger that keeps every entry, at every level, for a test to read.</summary>
internal sealed class RecordingLogger : ILogger<MarketoSoapClient>
{
    private readonly ConcurrentQueue<(LogLevel Level, EventId Event, string Message)> _entries = new();

    public IReadOnlyList<(LogLevel Level, EventId Event, string Message)> Entries => _entries.ToArray();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        _entries.Enqueue((logLevel, eventId, formatter(state, exception)));
}
