using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace Marketo.Soap.Redis.Tests.TestSupport;

/// <summary>
/// One real process of the fleet: <c>dotnet Marketo.Soap.FleetWorker.dll</c>, built beside these
/// tests, whose last line of output is a JSON summary of its bulk job.
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _errors = new();

    private WorkerProcess(Process process) => _process = process;

    public static string WorkerPath { get; } = typeof(WorkerProcess).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "FleetWorkerPath").Value!;

    public static WorkerProcess Start(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(WorkerPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var worker = new WorkerProcess(new Process { StartInfo = start });
        worker._process.OutputDataReceived += (_, e) => Append(worker._output, e.Data);
        worker._process.ErrorDataReceived += (_, e) => Append(worker._errors, e.Data);
        worker._process.Start();
        worker._process.BeginOutputReadLine();
        worker._process.BeginErrorReadLine();
        return worker;
    }

    /// <summary>The arguments that point a worker at an emulator, for lead numbers first .. first + count - 1.</summary>
    public static string[] For(Marketo.Soap.Testing.MarketoSoapEmulator emulator, int first, int count, params string[] more) =>
    [
        "--endpoint", emulator.Endpoint.AbsoluteUri,
        "--user-id", emulator.UserId,
        "--encryption-key", emulator.EncryptionKey,
        "--first", first.ToString(CultureInfo.InvariantCulture),
        "--count", count.ToString(CultureInfo.InvariantCulture),
        .. more,
    ];

    public bool HasExited => _process.HasExited;

    /// <summary>Waits for the process to end and reads its summary; fails the test with its output if it wrote none.</summary>
    public async Task<(int ExitCode, JsonElement Summary)> FinishAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        _process.WaitForExit();
        string last;
        lock (_output)
        {
            last = _output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        }

        Assert.True(last.StartsWith('{'), $"The worker wrote no summary. Output:\n{_output}\nErrors:\n{_errors}");
        return (_process.ExitCode, JsonDocument.Parse(last).RootElement.Clone());
    }

    /// <summary>Ends the process at once, as a crash or a deploy would: nothing of it runs after this.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit();
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private static void Append(StringBuilder to, string? line)
    {
        if (line is not null)
        {
            lock (to)
            {
                to.AppendLine(line);
            }
        }
    }
}
