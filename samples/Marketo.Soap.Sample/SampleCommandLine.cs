using System.Globalization;

namespace Marketo.Soap.Sample;

/// <summary>
/// The sample's command line, read before anything starts, so a mistake ends in one line and exit
/// code 2 rather than a stack trace or a half-done run.
/// </summary>
internal sealed class SampleCommandLine
{
    public const string Usage = """
        Syncs the leads of a CSV file and adds a month of cost to a Program, then prints what Marketo did.
        With no endpoint it starts the Marketo emulator in-process and talks to that.

        Usage: Marketo.Soap.Sample [--endpoint URL --user-id X --encryption-key Y --program-id N] [--csv FILE]

          --endpoint URL         the instance's SOAP endpoint, https://<munchkin-id>.mktoapi.com/soap/mktows/2_3
          --user-id X            SOAP user id (Admin > Web Services)
          --encryption-key Y     SOAP encryption key
          --program-id N         the Program to add a month of cost to; required with --endpoint
          --csv FILE             the leads to sync; leads.csv beside the sample by default
          --help                 show this text

        Each can also come from the environment: MARKETO__ENDPOINT, MARKETO__USERID,
        MARKETO__ENCRYPTIONKEY, SAMPLE__PROGRAMID, SAMPLE__CSV.
        """;

    private static readonly Dictionary<string, string> Keys = new(StringComparer.Ordinal)
    {
        ["--endpoint"] = "Marketo:Endpoint",
        ["--user-id"] = "Marketo:UserId",
        ["--encryption-key"] = "Marketo:EncryptionKey",
        ["--program-id"] = "Sample:ProgramId",
        ["--csv"] = "Sample:Csv",
    };

    private SampleCommandLine(Dictionary<string, string?> settings, bool showHelp, string? error)
    {
        Settings = settings;
        ShowHelp = showHelp;
        Error = error;
    }

    /// <summary>The arguments as configuration keys and values, to lay over the environment.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; }

    public bool ShowHelp { get; }

    /// <summary>Why the arguments cannot be used, in one line, or <see langword="null"/>.</summary>
    public string? Error { get; }

    public static SampleCommandLine Parse(IReadOnlyList<string> args)
    {
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] is "--help" or "-h" or "-?")
            {
                return new(settings, showHelp: true, null);
            }

            if (!Keys.TryGetValue(args[i], out var key))
            {
                return Fail($"Unknown argument '{args[i]}'; see --help.");
            }

            if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                return Fail($"{args[i]} needs a value.");
            }

            settings[key] = args[++i];
        }

        return new(settings, showHelp: false, null);
    }

    /// <summary>
    /// Checks what the sample needs before it sends anything. <paramref name="endpoint"/> and
    /// <paramref name="programId"/> are the values from the command line or the environment.
    /// </summary>
    /// <returns>The problem in one line, or <see langword="null"/>.</returns>
    public static string? CheckTarget(string? endpoint, string? programId)
    {
        if (endpoint is null)
        {
            return null; // the in-process emulator, which the sample seeds with its own Program
        }

        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            return $"--endpoint must be an absolute https URL such as https://123-ABC-456.mktoapi.com/soap/mktows/2_3, not '{endpoint}'.";
        }

        if (programId is null)
        {
            return "--program-id is required with --endpoint: give the id of the Program to add a month of cost to.";
        }

        if (!int.TryParse(programId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id < 1)
        {
            return $"--program-id needs a Program's id, a whole number from 1, not '{programId}'.";
        }

        return null;
    }

    private static SampleCommandLine Fail(string error) => new([], showHelp: false, error);
}
