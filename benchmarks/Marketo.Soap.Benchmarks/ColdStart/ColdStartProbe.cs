using System.Diagnostics;
using Marketo.Soap.Benchmarks.Loopback;
using Marketo.Soap.Benchmarks.Workload;

namespace Marketo.Soap.Benchmarks.ColdStart;

/// <summary>
/// Runs in a fresh process: times from creating the client (or the raw <see cref="HttpClient"/>)
/// to the first answered 300-lead call, and prints it for <see cref="ColdStartLauncher"/>.
/// </summary>
/// <remarks>
/// The leads are built before the clock starts, the same way in every mode, so only the client's
/// own first-use cost is timed. Modes: <c>raw</c>, <c>client</c> (nothing warmed), and
/// <c>client-warmed</c> (<see cref="MarketoSoapClient.WarmUpAsync"/> awaited first, as an
/// application would at start-up; its own duration is printed separately).
/// </remarks>
internal static class ColdStartProbe
{
    public const string Tag = "cold-probe";

    public static async Task RunAsync(string mode, Uri endpoint, string userId, string encryptionKey)
    {
        var request = LeadWorkload.Request(300);
        var warmUp = TimeSpan.Zero;
        var watch = Stopwatch.StartNew();
        if (mode == "client-warmed")
        {
            await MarketoSoapClient.WarmUpAsync().ConfigureAwait(false);
            warmUp = watch.Elapsed;
            watch.Restart();
        }

        int answered;
        if (mode == "raw")
        {
            using var raw = new RawHttpMarketo(endpoint, userId, encryptionKey);
            answered = (await raw.SyncMultipleLeadsAsync(request).ConfigureAwait(false)).Count;
        }
        else
        {
            // The options an application would pass: the shipped defaults, limiter included.
            using var client = new MarketoSoapClient(new MarketoSoapOptions { Endpoint = endpoint, UserId = userId, EncryptionKey = encryptionKey });
            answered = (await client.SyncMultipleLeadsAsync(request).ConfigureAwait(false)).Results.Count;
        }

        var first = watch.Elapsed;
        Console.WriteLine(FormattableString.Invariant($"{Tag} first={first.TotalMilliseconds:F1} warmup={warmUp.TotalMilliseconds:F1} answered={answered}"));
    }
}
