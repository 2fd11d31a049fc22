using System.Globalization;
using Marketo.Soap.Testing;

namespace Marketo.Soap.Emulator;

/// <summary>The host's command line: <c>[--port N] [--user-id X] [--encryption-key Y] [--lenient] [--help]</c>.</summary>
internal sealed class EmulatorCommandLine
{
    public const string Usage = """
        Runs the Marketo SOAP emulator (mktows 2_3) on 127.0.0.1 until Ctrl+C or SIGTERM.

        Usage: Marketo.Soap.Emulator [--port N] [--user-id X] [--encryption-key Y] [--lenient]

          --port N             TCP port on 127.0.0.1; 0 (the default) picks a free one
          --user-id X          SOAP user id to accept; generated when left out
          --encryption-key Y   key requests must be signed with; generated when left out
          --lenient            ignore undeclared elements (and log a warning) instead of failing with 20012
          --help               show this text
        """;

    private EmulatorCommandLine(MarketoSoapEmulatorOptions? options, bool showHelp, string? error)
    {
        Options = options;
        ShowHelp = showHelp;
        Error = error;
    }

    /// <summary>The options to start with, or <see langword="null"/> when the host should not start.</summary>
    public MarketoSoapEmulatorOptions? Options { get; }

    public bool ShowHelp { get; }

    /// <summary>Why the arguments could not be used, or <see langword="null"/>.</summary>
    public string? Error { get; }

    public static EmulatorCommandLine Parse(IReadOnlyList<string> args)
    {
        var options = new MarketoSoapEmulatorOptions();
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--help" or "-h" or "-?":
                    return new(null, showHelp: true, null);
                case "--lenient":
                    options.Strict = false;
                    break;
                case "--port" when Value(args, i) is { } port:
                    if (!int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number > 65535)
                    {
                        return Fail($"--port needs a number from 0 to 65535, not '{port}'.");
                    }

                    options.Port = number;
                    i++;
                    break;
                case "--user-id" when Value(args, i) is { } userId:
                    options.UserId = userId;
                    i++;
                    break;
                case "--encryption-key" when Value(args, i) is { } key:
                    options.EncryptionKey = key;
                    i++;
                    break;
                case "--port" or "--user-id" or "--encryption-key":
                    return Fail($"{args[i]} needs a value.");
                default:
                    return Fail($"Unknown argument '{args[i]}'.");
            }
        }

        return new(options, showHelp: false, null);
    }

    private static string? Value(IReadOnlyList<string> args, int i) =>
        i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[i + 1] : null;

    private static EmulatorCommandLine Fail(string error) => new(null, showHelp: false, error);
}
