using System.Globalization;

namespace Marketo.Soap.FleetWorker;

/// <summary>The worker's command line: <c>--name value</c> pairs.</summary>
internal sealed class WorkerArguments
{
    private readonly Dictionary<string, string> _values;

    private WorkerArguments(Dictionary<string, string> values) => _values = values;

    public Uri Endpoint => new(Required("endpoint"));

    public string UserId => Required("user-id");

    public string EncryptionKey => Required("encryption-key");

    /// <summary>The global number of the first lead; lead n has the email <c>lead{n}@fleet.example</c>.</summary>
    public int First => Int("first", 0);

    public int Count => Int("count", 0);

    public int BatchSize => Int("batch-size", 300);

    public int Concurrency => Int("concurrency", 2);

    public int MaxRetries => Int("max-retries", 3);

    /// <summary><c>host:port</c> of the Redis whose limits the fleet shares; none means this process's own limits.</summary>
    public string? Redis => _values.GetValueOrDefault("redis");

    /// <summary>The shared window's margin in seconds; none keeps the default.</summary>
    public int? WindowMarginSeconds => _values.ContainsKey("window-margin") ? Int("window-margin", 0) : null;

    public string KeyPrefix => _values.GetValueOrDefault("key-prefix") ?? "marketo-soap";

    /// <summary>A file holding the resume point: read at start, rewritten after every call.</summary>
    public string? Checkpoint => _values.GetValueOrDefault("checkpoint");

    public static WorkerArguments Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        return new WorkerArguments(values);
    }

    private string Required(string name) =>
        _values.TryGetValue(name, out var value) ? value : throw new ArgumentException($"--{name} is required.");

    private int Int(string name, int fallback) =>
        _values.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
