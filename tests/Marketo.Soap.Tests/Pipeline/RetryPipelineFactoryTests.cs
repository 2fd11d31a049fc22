using Marketo.Soap.Pipeline;
using Marketo.Soap.Tests.TestSupport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Marketo.Soap.Tests.Pipeline;

/// <summary>
/// The waits between attempts, read from the timers the pipeline starts on a fake clock: their
/// bounds, their growth, their jitter, their cap, and the 20-second window after a rate-limit refusal.
/// </summary>
public class RetryPipelineFactoryTests
{
    // Enough independent calls that jitter, if there is any, shows as a spread of waits.
    private const int Calls = 20;

    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan BaseDelay = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Create_FirstRepeat_WaitsLessThanTwiceTheBaseDelayAndMoreThanNothing()
    {
        var options = new MarketoSoapRetryOptions { MaxRetryAttempts = 1, BaseDelay = BaseDelay };

        var firstWaits = await FirstWaitsOfManyCallsAsync(options, ConnectionRefused);

        Assert.All(firstWaits, wait => Assert.InRange(wait, TimeSpan.FromTicks(1), 2 * BaseDelay));
    }

    [Fact]
    public async Task Create_ManyCallsFailTogether_SpreadTheirFirstRepeatsApart()
    {
        // Jitter: clients refused together must not all come back at the same instant.
        var options = new MarketoSoapRetryOptions { MaxRetryAttempts = 1, BaseDelay = BaseDelay };

        var firstWaits = await FirstWaitsOfManyCallsAsync(options, ConnectionRefused);

        Assert.True(firstWaits.Max() - firstWaits.Min() >= BaseDelay / 4, $"First waits spread only from {firstWaits.Min()} to {firstWaits.Max()}.");
        Assert.True(firstWaits.Distinct().Count() > Calls / 2, "Most first waits should differ from one another.");
    }

    [Fact]
    public async Task Create_RepeatedFailures_TotalWaitDoublesWithEachRepeat()
    {
        var options = new MarketoSoapRetryOptions { MaxRetryAttempts = 5, BaseDelay = BaseDelay, MaxDelay = TimeSpan.FromMinutes(5) };

        for (var call = 0; call < Calls; call++)
        {
            var (waits, attempts) = await FailEveryAttemptAsync(options, ConnectionRefused);

            Assert.Equal(6, attempts);
            var total = TimeSpan.Zero;
            for (var repeat = 1; repeat <= waits.Count; repeat++)
            {
                // Exponential with jitter: by the k-th repeat the call has waited between
                // 2^(k-2) and 2^k base delays in all (a fixed 2, 4, 8 … s falls inside too).
                total += waits[repeat - 1];
                var atLeast = repeat == 1 ? TimeSpan.Zero : BaseDelay * Math.Pow(2, repeat - 2);
                Assert.InRange(total, atLeast, BaseDelay * Math.Pow(2, repeat));
            }
        }
    }

    [Fact]
    public async Task Create_LongBackOff_IsCappedAtMaxDelay()
    {
        // Six repeats from 2 s would wait over 45 s in all uncapped: with a 3 s cap some wait hits it.
        var maxDelay = TimeSpan.FromSeconds(3);
        var options = new MarketoSoapRetryOptions { MaxRetryAttempts = 6, BaseDelay = BaseDelay, MaxDelay = maxDelay };

        var (waits, _) = await FailEveryAttemptAsync(options, ConnectionRefused);

        Assert.All(waits, wait => Assert.InRange(wait, TimeSpan.Zero, maxDelay));
        Assert.Contains(maxDelay, waits);
    }

    [Fact]
    public async Task Create_RateLimitRefusal_WaitsMarketosTwentySecondWindowPlusUpToOneSecond()
    {
        var options = new MarketoSoapRetryOptions { MaxRetryAttempts = 1 };

        var firstWaits = await FirstWaitsOfManyCallsAsync(options, () => Fault(20023));

        Assert.All(firstWaits, wait => Assert.InRange(wait, TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(21)));
        Assert.True(firstWaits.Distinct().Count() > Calls / 2, "The waits after 20023 should be jittered within their second.");
    }

    [Fact]
    public async Task Create_RateLimitRefusalWithShortMaxDelay_WaitsOnlyMaxDelay()
    {
        var options = new MarketoSoapRetryOptions { MaxRetryAttempts = 2, BaseDelay = BaseDelay, MaxDelay = TimeSpan.FromSeconds(10) };

        var (waits, _) = await FailEveryAttemptAsync(options, () => Fault(20023));

        Assert.Equal([TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10)], waits);
    }

    [Fact]
    public async Task Create_ConcurrencyLimitRefusal_BacksOffExponentiallyNotForTheRateWindow()
    {
        // Only 20023 is about the 20-second window; 20024 clears as soon as a call ends.
        var options = new MarketoSoapRetryOptions { MaxRetryAttempts = 1, BaseDelay = BaseDelay };

        var firstWaits = await FirstWaitsOfManyCallsAsync(options, () => Fault(20024));

        Assert.All(firstWaits, wait => Assert.InRange(wait, TimeSpan.FromTicks(1), 2 * BaseDelay));
    }

    [Fact]
    public async Task Create_EachRepeat_LogsItsNumberWaitAndCause()
    {
        var logger = new RecordingLogger();
        var options = new MarketoSoapRetryOptions { MaxRetryAttempts = 2, BaseDelay = BaseDelay };

        var (waits, _) = await FailEveryAttemptAsync(options, () => Fault(20023), logger);

        var repeats = logger.Entries.Where(e => e.EventId.Id == 4).ToList();
        Assert.Equal(2, repeats.Count);
        Assert.All(repeats, e => Assert.Equal(LogLevel.Information, e.Level));
        Assert.Equal([1, 2], repeats.Select(e => (int)e.Values["Attempt"]!));
        // The timer is due on the whole millisecond; the log keeps the fraction.
        Assert.All(waits.Zip(repeats), pair => Assert.Equal(pair.First.TotalMilliseconds, (double)pair.Second.Values["DelayMilliseconds"]!, tolerance: 1));
        Assert.All(repeats, e => Assert.Equal(nameof(MarketoSoapException), e.Values["Outcome"]));
        Assert.All(repeats, e => Assert.Equal(20023, e.Values["ErrorCode"]));
    }

    [Fact]
    public async Task Create_CancelledDuringTheBackOff_StopsWithoutWaitingOrRepeating()
    {
        var clock = new TimerRecordingClock(Start);
        var options = new MarketoSoapRetryOptions { MaxRetryAttempts = 3, BaseDelay = BaseDelay };
        var pipeline = RetryPipelineFactory.Create(options, RepeatSafety.Safe, clock, NullLogger.Instance);
        using var cancellation = new CancellationTokenSource();
        var attempts = 0;

        var call = pipeline.ExecuteAsync(_ => { attempts++; return ValueTask.FromException(ConnectionRefused()); }, cancellation.Token).AsTask();
        await clock.NextTimerAsync();
        cancellation.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(1, attempts);
        Assert.Equal(Start, clock.GetUtcNow());
    }

    [Fact]
    public async Task Create_NoRepeatsAllowed_MakesOneAttemptAndStartsNoTimer()
    {
        var clock = new TimerRecordingClock(Start);
        var pipeline = RetryPipelineFactory.Create(new MarketoSoapRetryOptions { MaxRetryAttempts = 0 }, RepeatSafety.Safe, clock, NullLogger.Instance);
        var attempts = 0;

        await Assert.ThrowsAsync<MarketoTransportException>(() =>
            pipeline.ExecuteAsync(_ => { attempts++; return ValueTask.FromException(ConnectionRefused()); }).AsTask());

        Assert.Equal(1, attempts);
        Assert.False(clock.HasTimerStarted);
    }

    /// <summary>The wait before the first repeat of <see cref="Calls"/> calls made one after another.</summary>
    private static async Task<List<TimeSpan>> FirstWaitsOfManyCallsAsync(MarketoSoapRetryOptions options, Func<Exception> failure)
    {
        var waits = new List<TimeSpan>();
        for (var call = 0; call < Calls; call++)
        {
            waits.Add((await FailEveryAttemptAsync(options, failure)).Waits[0]);
        }

        return waits;
    }

    /// <summary>
    /// Runs a call whose every attempt fails, on a fake clock advanced by exactly each wait the
    /// pipeline starts a timer for; the waits in order, and how many attempts were made.
    /// </summary>
    private static async Task<(List<TimeSpan> Waits, int Attempts)> FailEveryAttemptAsync(MarketoSoapRetryOptions options, Func<Exception> failure, ILogger? logger = null)
    {
        var clock = new TimerRecordingClock(Start);
        var pipeline = RetryPipelineFactory.Create(options, RepeatSafety.Safe, clock, logger ?? NullLogger.Instance);
        var attempts = 0;
        var call = pipeline.ExecuteAsync(_ => { attempts++; return ValueTask.FromException(failure()); }).AsTask();

        var waits = new List<TimeSpan>();
        for (var repeat = 0; repeat < options.MaxRetryAttempts; repeat++)
        {
            var wait = await clock.NextTimerAsync();
            waits.Add(wait);
            clock.Advance(wait);
        }

        await Assert.ThrowsAnyAsync<MarketoSoapException>(() => call);
        return (waits, attempts);
    }

    private static MarketoTransportException ConnectionRefused() =>
        new("Could not connect.", MarketoTransportFailure.ConnectionFailed, httpStatusCode: null, "syncMultipleLeads") { RequestNotSent = true };

    private static MarketoSoapException Fault(int code) =>
        new($"Marketo refused syncMultipleLeads: {code}", code, "SOAP-ENV:Client", "syncMultipleLeads");
}
