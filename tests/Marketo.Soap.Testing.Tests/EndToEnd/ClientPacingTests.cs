using System.Globalization;
using System.Threading.RateLimiting;
using Marketo.Soap.Bulk;
using Marketo.Soap.Models;
using Marketo.Soap.Testing.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Marketo.Soap.Testing.Tests.EndToEnd;

/// <summary>
/// One client shared by many concurrent callers, single calls and bulk jobs alike, keeps to the
/// limits the emulator enforces as Marketo does: it never earns a 20023 or a 20024.
/// </summary>
/// <remarks>
/// Repeats are off, so a refused call would fail its caller instead of being hidden by a repeat;
/// the exchange log is checked as well.
/// </remarks>
public class ClientPacingTests
{
    private const int SingleCallers = 6;
    private const int CallsPerCaller = 4;
    private const int BulkJobs = 2;
    private const int BatchesPerJob = 4;
    private const int LeadsPerBatch = 25;
    private const int TotalCalls = (SingleCallers * CallsPerCaller) + (BulkJobs * BatchesPerJob);

    private readonly FakeTimeProvider _clock = TestClock.Create();

    [Fact]
    public async Task SyncMultipleLeadsAsync_CallersAndBulkJobsShareOneRateLimiter_NoCallIsRefusedForRateOrConcurrency()
    {
        const int CallsPerWindow = 7;
        await using var emulator = await TestEmulator.StartAsync(_clock, o => o.CallsPer20Seconds = CallsPerWindow);
        // Replenished by the test only. Without automatic replenishment the limiter refills only once
        // its window has passed in real time, so a one-tick window lets every TryReplenish refill it.
        using var limiter = new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions
        {
            PermitLimit = CallsPerWindow,
            Window = TimeSpan.FromTicks(1),
            AutoReplenishment = false,
            QueueLimit = TotalCalls,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        var options = emulator.CreateClientOptions().WithoutRetries();
        options.RateLimiter = limiter;
        using var client = new MarketoSoapClient(options, timeProvider: _clock);
        var counted = new CallCountingClient(client);

        var work = RunCallersAsync(counted);
        var windows = 1;
        for (var permitsGiven = CallsPerWindow; ; permitsGiven += CallsPerWindow, windows++)
        {
            // Every permit given so far has become a call the emulator admitted before both windows move on.
            var target = Math.Min(permitsGiven, TotalCalls);
            await Task.WhenAny(counted.WaitForCallsEndedAsync(target), work);
            if (target == TotalCalls || work.IsCompleted)
            {
                break;
            }

            _clock.Advance(TimeSpan.FromSeconds(20));
            Assert.True(limiter.TryReplenish());
        }

        await work;
        Assert.Equal((TotalCalls + CallsPerWindow - 1) / CallsPerWindow, windows);
        Assert.Equal(TotalCalls, emulator.Exchanges.Count);
        Assert.DoesNotContain(emulator.Exchanges, e => e.ErrorCode is 20023 or 20024);
    }

    [Fact]
    public async Task SyncMultipleLeadsAsync_CallersAndBulkJobsUnderMaxConcurrentCalls_EmulatorNeverHasMoreInFlight()
    {
        const int MaxConcurrentCalls = 3;
        await using var emulator = await TestEmulator.StartAsync(_clock, o => o.MaxConcurrentCalls = MaxConcurrentCalls);
        var mostInFlight = 0;
        // A rule that never matches, only to look at every call as it arrives.
        emulator.Faults.InjectAlways(InjectedFault.MarketoFault(10001), when: _ =>
        {
            InterlockedMax(ref mostInFlight, emulator.CallsInFlight);
            return false;
        });
        var gate = emulator.Faults.HoldNext(MaxConcurrentCalls);
        var options = emulator.CreateClientOptions().WithoutRetries();
        options.MaxConcurrentCalls = MaxConcurrentCalls;
        using var client = new MarketoSoapClient(options, timeProvider: _clock);

        var work = RunCallersAsync(client);
        await gate.WaitForHeldCallsAsync(MaxConcurrentCalls);
        var inFlightWhileHeld = emulator.CallsInFlight;
        gate.Release();
        await work;

        Assert.Equal(MaxConcurrentCalls, inFlightWhileHeld);
        Assert.Equal(MaxConcurrentCalls, Volatile.Read(ref mostInFlight));
        Assert.Equal(TotalCalls, emulator.Exchanges.Count);
        Assert.DoesNotContain(emulator.Exchanges, e => e.ErrorCode is 20023 or 20024);
    }

    /// <summary>Single-call callers and bulk jobs, all at once on one client; every lead must come back written.</summary>
    private static Task RunCallersAsync(IMarketoSoapClient client)
    {
        var singles = Enumerable.Range(0, SingleCallers).Select(caller => Task.Run(async () =>
        {
            for (var call = 0; call < CallsPerCaller; call++)
            {
                var email = string.Create(CultureInfo.InvariantCulture, $"caller{caller}-call{call}@example.com");
                var result = await client.SyncMultipleLeadsAsync(new SyncMultipleLeadsRequest { Leads = [new LeadRecord { Email = email }] });
                Assert.Equal(LeadSyncStatus.Created, Assert.Single(result.Results).Status);
            }
        }));
        var jobs = Enumerable.Range(0, BulkJobs).Select(job => Task.Run(async () =>
        {
            var input = BulkInput.Leads(BatchesPerJob * LeadsPerBatch, prefix: string.Create(CultureInfo.InvariantCulture, $"job{job}-lead"));
            var results = await client.BulkSyncLeadsAsync(input.ToAsyncEnumerable(), options: new BulkSyncOptions { BatchSize = LeadsPerBatch, MaxConcurrency = 3 }).ToListAsync();
            Assert.Equal(Enumerable.Range(0, input.Count), results.Select(r => r.Index));
            Assert.All(results, r => Assert.Equal(LeadSyncStatus.Created, r.Status));
        }));
        return Task.WhenAll(singles.Concat(jobs));
    }

    private static void InterlockedMax(ref int location, int value)
    {
        var current = Volatile.Read(ref location);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref location, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
