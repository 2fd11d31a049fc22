namespace Marketo.Soap.Benchmarks.Workload;

/// <summary>
/// How a child run differs from this process: another build of the console (for example a
/// ReadyToRun publish) and runtime settings in its environment (for example <c>DOTNET_TieredPGO=0</c>).
/// </summary>
internal sealed record ProcessVariant(string Name, string? AppDirectory, IReadOnlyDictionary<string, string> Environment)
{
    public static readonly ProcessVariant Same = new("default", null, new Dictionary<string, string>());

    /// <summary>Reads <c>name</c>, <c>name@/app/dir</c> or <c>name:KEY=VALUE,KEY=VALUE</c>.</summary>
    public static ProcessVariant Parse(string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (at > 0)
        {
            return new(text[..at], text[(at + 1)..], new Dictionary<string, string>());
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return Same with { Name = text };
        }

        var settings = text[(colon + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1]);
        return new(text[..colon], null, settings);
    }
}
