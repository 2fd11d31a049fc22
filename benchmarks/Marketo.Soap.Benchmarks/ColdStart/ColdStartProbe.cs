using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Marketo.Soap.Hosting;
using Microsoft.Extensions.Hosting;
using Marketo.Soap.Benchmarks.Loopback;
using Marketo.Soap.Benchmarks.Workload;

namespace Marketo.Soap.Benchmarks.ColdStart;

/// <summary>
/// Runs in a fresh process: times from creating the client (or the raw <see cref="HttpClient"/>)
/// to the first answered 300-lead call, and prints it for <see cref="ColdStartLauncher"/>.
/// </summary>
/// <remarks>
/// The leads are built before the clock starts, the same way in every mode, so only the client's
/// own first-use cost is timed. Modes: <c>raw</c>, <c>client</c> (nothing warmed; <c>client-xmlserializer</c> and
/// <c>client-generated</c> the same with that serializer chosen), and
/// <c>client-warmed</c> (<see cref="MarketoSoapClient.WarmUpAsync"/> awaited first, as an
/// application would at start-up; its own duration is printed separately). The DI modes build
/// and start a Generic Host with <c>AddMarketoSoapClient</c> and call nothing by hand, so the
/// registration's background warm-up is all that warms, and the clock runs from building the
/// host: <c>di-host</c> calls as soon as the host has started, racing the warm-up;
/// <c>di-host-warm</c> calls once the host's own warm-up has finished, as a worker that first reads
/// its input would (the wait is not timed); <c>di-host-off</c> turns the warm-up off.
/// </remarks>
internal static class ColdStartProbe
{
    public const string Tag = "cold-probe";

    public static async Task RunAsync(string mode, Uri endpoint, string userId, string encryptionKey)
    {
        var request = LeadWorkload.Request(300);
        var warmUp = TimeSpan.Zero;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        if (mode == "client-warmed")
        {
            await MarketoSoapClient.WarmUpAsync().ConfigureAwait(false);
            warmUp = watch.Elapsed;
            watch.Restart();
        }

        int answered;
        if (mode.StartsWith("di-host", StringComparison.Ordinal))
        {
            (answered, warmUp) = await CallThroughHostAsync(mode, endpoint, userId, encryptionKey, request).ConfigureAwait(false);
        }
        else if (mode == "raw")
        {
            using var raw = new RawHttpMarketo(endpoint, userId, encryptionKey);
            answered = (await raw.SyncMultipleLeadsAsync(request).ConfigureAwait(false)).Count;
        }
        else
        {
            // The options an application would pass: the shipped defaults, limiter included, or
            // with one serializer chosen (client-xmlserializer, client-generated).
            var options = new MarketoSoapOptions { Endpoint = endpoint, UserId = userId, EncryptionKey = encryptionKey };
            options.Serializer = mode switch
            {
                "client-xmlserializer" => MarketoSoapSerializer.XmlSerializer,
                "client-generated" => MarketoSoapSerializer.Generated,
                _ => options.Serializer,
            };
            using var client = new MarketoSoapClient(options);
            answered = (await client.SyncMultipleLeadsAsync(request).ConfigureAwait(false)).Results.Count;
        }

        var first = mode == "di-host-warm" ? watch.Elapsed - warmUp : watch.Elapsed;

        // CPU time of every thread of the process (JIT and GC included) from the clock's start to
        // the first answer: on a loaded machine it holds still where wall time does not.
        var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine(FormattableString.Invariant($"{Tag} first={first.TotalMilliseconds:F1} warmup={warmUp.TotalMilliseconds:F1} cpu={cpuUsed.TotalMilliseconds:F1} answered={answered}"));
    }

    /// <returns>How many results came back, and how long the untimed wait for the warm-up took.</returns>
    private static async Task<(int Answered, TimeSpan Untimed)> CallThroughHostAsync(string mode, Uri endpoint, string userId, string encryptionKey, Models.SyncMultipleLeadsRequest request)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddMarketoSoapClient(o => (o.Endpoint, o.UserId, o.EncryptionKey) = (endpoint, userId, encryptionKey));
        if (mode == "di-host-off")
        {
            builder.Services.ConfigureMarketoSoapClient().DisableWarmUpAtStart();
        }

        using var host = builder.Build();
        await host.StartAsync().ConfigureAwait(false);
        var untimed = TimeSpan.Zero;
        if (mode == "di-host-warm")
        {
            // Waits for the warm-up the host started, without starting any itself, and leaves the
            // wait out of the time, as if the first call came once the worker had read its input.
            var waiting = Stopwatch.StartNew();
            await host.Services.GetServices<IHostedService>().OfType<WarmUpHostedService>().Single().Running!.ConfigureAwait(false);
            untimed = waiting.Elapsed;
        }

        var client = host.Services.GetRequiredService<IMarketoSoapClient>();
        var answered = (await client.SyncMultipleLeadsAsync(request).ConfigureAwait(false)).Results.Count;
        await host.StopAsync().ConfigureAwait(false);
        return (answered, untimed);
    }
}
