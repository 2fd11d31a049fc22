using System.Globalization;
using System.Net;
using Marketo.Soap.Testing;

namespace Marketo.Soap.Emulator;

/// <summary>The host's command line: what to listen on, whom to accept, what to enforce, what to load and what to print.</summary>
internal sealed class EmulatorCommandLine
{
    public const string Usage = """
        Runs the Marketo SOAP emulator (mktows 2_3) until Ctrl+C or SIGTERM.

        Usage: marketo-soap-emulator [options]

        Listening
          --host ADDRESS              IP address to listen on (default 127.0.0.1); 0.0.0.0 or :: listen on
                                      every interface, so anyone who can reach the port can use it
          --port N                    TCP port, 0 to 65535; 0 (the default) picks a free one
        Credentials
          --user-id X                 SOAP user id to accept; generated when left out
          --encryption-key Y          key requests must be signed with; generated when left out
        Behaviour
          --lenient                   ignore undeclared elements, as Marketo did, and warn (the default)
          --strict                    fail calls carrying undeclared elements with 20012
        Data
          --seed FILE                 load a seed file (JSON) at start; repeatable, applied in order
          --state FOLDER              load the store from FOLDER at start, save it there on a clean
                                      stop and after admin changes
        Limits (Marketo's by default)
          --calls-per-20s N           calls accepted in any 20 seconds (default 100; 20023 past it)
          --max-concurrent N          calls in flight at once (default 10; 20024 past it)
          --daily-quota N             calls per US Central day (default 10000; 20015 past it)
          --timestamp-tolerance S     seconds a request timestamp may be off (default 900; 20016 past it)
          --no-limits                 lift the rate, concurrency and daily limits (for load tests)
        Output
          --exchange-log-capacity N   calls the exchange log keeps (default 1000); older ones are
                                      dropped and counted
          --quiet                     no line per call on the console
          --help                      show this text

        Admin API (JSON; OpenAPI document at /_emulator/openapi.json) on the same address and port:
        /_emulator/health, /_emulator/store, /_emulator/seed, /_emulator/reset, /_emulator/exchanges,
        /_emulator/faults, /_emulator/limits.
        """;

    private EmulatorCommandLine(MarketoSoapEmulatorOptions? options, bool quiet, bool showHelp, string? error)
    {
        Options = options;
        Quiet = quiet;
        ShowHelp = showHelp;
        Error = error;
    }

    /// <summary>The options to start with, or <see langword="null"/> when the host should not start.</summary>
    public MarketoSoapEmulatorOptions? Options { get; }

    /// <summary>Whether to leave out the line per call.</summary>
    public bool Quiet { get; }

    public bool ShowHelp { get; }

    /// <summary>Why the arguments could not be used, in one line, or <see langword="null"/>.</summary>
    public string? Error { get; }

    public static EmulatorCommandLine Parse(IReadOnlyList<string> args)
    {
        // Stand-alone, the emulator answers as Marketo did: undeclared elements are dropped with a
        // warning. .NET tests start it in process, where strict is the default.
        var options = new MarketoSoapEmulatorOptions { Strict = false, AdminApi = true };
        var quiet = false;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            switch (name)
            {
                case "--help" or "-h" or "-?":
                    return new(null, quiet, showHelp: true, null);
                case "--lenient":
                    options.Strict = false;
                    continue;
                case "--strict":
                    options.Strict = true;
                    continue;
                case "--quiet":
                    quiet = true;
                    continue;
                case "--no-limits":
                    options.CallsPer20Seconds = options.MaxConcurrentCalls = options.DailyQuota = int.MaxValue;
                    continue;
            }

            if (!TakesValue(name))
            {
                return Fail($"Unknown argument '{name}'; see --help.");
            }

            if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                return Fail($"{name} needs a value.");
            }

            var value = args[++i];
            if (Apply(options, name, value) is { } error)
            {
                return Fail(error);
            }
        }

        return new(options, quiet, showHelp: false, null);
    }

    private static bool TakesValue(string name) => name is "--host" or "--port" or "--user-id" or "--encryption-key" or "--seed" or "--state"
        or "--calls-per-20s" or "--max-concurrent" or "--daily-quota" or "--timestamp-tolerance" or "--exchange-log-capacity";

    /// <returns>Why the value cannot be used, or <see langword="null"/>.</returns>
    private static string? Apply(MarketoSoapEmulatorOptions options, string name, string value)
    {
        switch (name)
        {
            case "--host":
                if (!IPAddress.TryParse(value, out _))
                {
                    return $"--host needs an IP address such as 127.0.0.1, 0.0.0.0 or ::, not '{value}'.";
                }

                options.Host = value;
                return null;
            case "--port":
                return Number(name, value, 0, 65535, n => options.Port = n);
            case "--user-id":
                options.UserId = value;
                return null;
            case "--encryption-key":
                options.EncryptionKey = value;
                return null;
            case "--seed":
                options.SeedFiles.Add(value);
                return null;
            case "--state":
                options.StateFolder = value;
                return null;
            case "--calls-per-20s":
                return Number(name, value, 1, int.MaxValue, n => options.CallsPer20Seconds = n);
            case "--max-concurrent":
                return Number(name, value, 1, int.MaxValue, n => options.MaxConcurrentCalls = n);
            case "--daily-quota":
                return Number(name, value, 1, int.MaxValue, n => options.DailyQuota = n);
            case "--timestamp-tolerance":
                return Number(name, value, 1, int.MaxValue, n => options.TimestampTolerance = TimeSpan.FromSeconds(n));
            default:
                return Number(name, value, 1, int.MaxValue, n => options.ExchangeLogCapacity = n);
        }
    }

    private static string? Number(string name, string value, int min, int max, Action<int> apply)
    {
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{name} needs a whole number from {min} to {max}, not '{value}'.");
        }

        apply(number);
        return null;
    }

    private static EmulatorCommandLine Fail(string error) => new(null, quiet: false, showHelp: false, error);
}
