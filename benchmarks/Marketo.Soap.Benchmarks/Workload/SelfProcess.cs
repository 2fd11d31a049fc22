using System.Diagnostics;

namespace Marketo.Soap.Benchmarks.Workload;

/// <summary>Runs this benchmark console again as a fresh process, for scenarios that must start cold or be measured alone.</summary>
internal static class SelfProcess
{
    /// <returns>The child's standard output and how long the process ran, start to exit.</returns>
    public static Task<(string Output, TimeSpan Elapsed)> RunAsync(params string[] args) => RunAsync(ProcessVariant.Same, args);

    /// <summary>Runs the console as <paramref name="variant"/> says: from another build of it, or with more environment variables.</summary>
    public static async Task<(string Output, TimeSpan Elapsed)> RunAsync(ProcessVariant variant, params string[] args)
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, UseShellExecute = false };
        var host = Environment.ProcessPath!;
        if (variant.AppDirectory is { } directory)
        {
            // Another build of this console (a ReadyToRun publish): always through the dotnet host.
            start.FileName = Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";
            start.ArgumentList.Add(Path.Combine(directory, Path.GetFileName(typeof(SelfProcess).Assembly.Location)));
        }
        else if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            // Started as "dotnet Marketo.Soap.Benchmarks.dll": the child needs the assembly too.
            start.FileName = host;
            start.ArgumentList.Add(typeof(SelfProcess).Assembly.Location);
        }
        else
        {
            start.FileName = host;
        }

        foreach (var (name, value) in variant.Environment)
        {
            start.Environment[name] = value;
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var watch = Stopwatch.StartNew();
        using var child = Process.Start(start)!;
        var output = await child.StandardOutput.ReadToEndAsync().ConfigureAwait(false);
        await child.WaitForExitAsync().ConfigureAwait(false);
        watch.Stop();
        if (child.ExitCode != 0)
        {
            throw new InvalidOperationException($"The child run {string.Join(' ', args.Take(2))} exited with {child.ExitCode}: {output}");
        }

        return (output, watch.Elapsed);
    }

    /// <summary>The value of <c>name=value</c> on the child's line that starts with <paramref name="tag"/>.</summary>
    public static double Read(string output, string tag, string name)
    {
        var line = output.Split('\n').Single(l => l.StartsWith(tag, StringComparison.Ordinal));
        var field = line.Split(' ').Single(f => f.StartsWith(name + "=", StringComparison.Ordinal));
        return double.Parse(field.AsSpan(name.Length + 1), System.Globalization.CultureInfo.InvariantCulture);
    }
}
