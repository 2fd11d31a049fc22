using BenchmarkDotNet.Running;
using Marketo.Soap.Benchmarks.Profiling;
using Marketo.Soap.Benchmarks.Verification;

namespace Marketo.Soap.Benchmarks;

/// <summary>
/// Runs the benchmarks. With no arguments: every scenario, full length, with the tables printed.
/// <c>--smoke</c> runs each scenario once, short, to prove it still builds and runs (CI).
/// Any other arguments go to BenchmarkDotNet (for example <c>--filter *Leads*</c>).
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args is ["--first-call"]) { await FirstCall.RunAsync().ConfigureAwait(false); return 0; }

        if (args is ["--profile", var operation, var calls])
        {
            await ProfileLoop.RunAsync(operation, int.Parse(calls, System.Globalization.CultureInfo.InvariantCulture)).ConfigureAwait(false);
            return 0;
        }

        var problems = await WireIdentityCheck.RunAsync().ConfigureAwait(false);
        if (problems.Count > 0)
        {
            // A baseline that writes other bytes than the client would make every ratio meaningless.
            problems.ForEach(Console.Error.WriteLine);
            return 1;
        }

        Console.WriteLine("Wire check: the baseline writes the client's exact request bytes and reads the same statuses.");
        var switcher = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly);
        if (args.Length == 0)
        {
            switcher.RunAll();
        }
        else
        {
            switcher.Run(args);
        }

        return 0;
    }
}
