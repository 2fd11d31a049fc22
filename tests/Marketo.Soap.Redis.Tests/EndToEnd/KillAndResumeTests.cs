using System.Globalization;
using System.Xml.Linq;
using Marketo.Soap.FleetWorker;
using Marketo.Soap.Redis.Tests.TestSupport;
using Marketo.Soap.Testing;
using Xunit.Abstractions;

namespace Marketo.Soap.Redis.Tests.EndToEnd;

/// <summary>
/// A bulk job that survives its process: a child process syncing 50,000 leads is killed at a
/// random checkpoint, and a second one resumes from the checkpoint file the first left behind.
/// </summary>
public sealed class KillAndResumeTests(ITestOutputHelper output) : IDisposable
{
    private const int Leads = 50_000;
    private const int BatchSize = 300;
    private const int Concurrency = 3;
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(3);
    private readonly string _checkpoint = Path.Combine(Path.GetTempPath(), $"marketo-soap-checkpoint-{Guid.NewGuid():N}");

    [FleetFact]
    public async Task BulkSyncLeads_ProcessKilledAndRestartedFromItsCheckpoint_StoreHoldsEveryLeadOnceAndOnlyInFlightLeadsWereSentTwice()
    {
        // Marketo's limits, with the window raised so that 167 calls need not wait 40 seconds.
        await using var emulator = await MarketoSoapEmulator.StartAsync(new MarketoSoapEmulatorOptions { CallsPer20Seconds = 1_000 });
        var killAt = Random.Shared.Next(Leads / 10, Leads * 8 / 10);
        var arguments = WorkerProcess.For(emulator, 0, Leads, "--batch-size", $"{BatchSize}", "--concurrency", $"{Concurrency}", "--checkpoint", _checkpoint);

        using (var first = WorkerProcess.Start(arguments))
        {
            while (ReadCheckpoint() < killAt && !first.HasExited)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(5));
            }

            first.Kill();
        }

        var checkpoint = ReadCheckpoint();
        var sentBeforeRestart = SentCounts(emulator);
        using var second = WorkerProcess.Start(arguments);
        var (exitCode, summary) = await second.FinishAsync(Deadline);

        // The job holds at most Concurrency batches past its checkpoint, and reads one more after reporting it.
        var mayHaveReached = (From: checkpoint, To: checkpoint + ((Concurrency + 1) * BatchSize));
        var sent = SentCounts(emulator);
        var sentTwice = sent.Where(s => s.Value > 1).Select(s => s.Key).Order().ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"killed at checkpoint {checkpoint} (aimed at {killAt}); {sentBeforeRestart.Count} leads had been sent; resumed at {summary.GetProperty("start").GetInt64()}, yielded {summary.GetProperty("results").GetInt64()}; {sentTwice.Count} leads sent twice, all in [{mayHaveReached.From}, {mayHaveReached.To}); {emulator.Store.Leads.Count} leads stored"));
        Assert.Equal(0, exitCode);
        Assert.Equal(checkpoint, summary.GetProperty("start").GetInt64());
        Assert.Equal(Leads - checkpoint, summary.GetProperty("results").GetInt64());
        FleetAssert.StoreHoldsEachLeadOnce(emulator, Leads);
        Assert.Equal(Leads, sent.Count);
        Assert.All(sentTwice, n => Assert.InRange(n, mayHaveReached.From, mayHaveReached.To - 1));
        Assert.All(sentBeforeRestart.Keys, n => Assert.InRange(n, 0, mayHaveReached.To - 1));
    }

    public void Dispose()
    {
        File.Delete(_checkpoint);
        File.Delete(_checkpoint + ".tmp");
    }

    private long ReadCheckpoint()
    {
        try
        {
            return File.Exists(_checkpoint) ? long.Parse(File.ReadAllText(_checkpoint), CultureInfo.InvariantCulture) : 0;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <summary>How many times each lead number arrived at the emulator, from the requests it logged.</summary>
    private static Dictionary<int, int> SentCounts(MarketoSoapEmulator emulator) =>
        emulator.Exchanges
            .SelectMany(e => XDocument.Parse(e.RequestBody).Descendants().Where(d => d.Name.LocalName == "Email").Select(d => d.Value))
            .Select(email => int.Parse(email["lead".Length..email.IndexOf('@', StringComparison.Ordinal)], CultureInfo.InvariantCulture))
            .GroupBy(n => n)
            .ToDictionary(g => g.Key, g => g.Count());
}
