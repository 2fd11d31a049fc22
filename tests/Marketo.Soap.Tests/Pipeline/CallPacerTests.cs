using System.Threading.RateLimiting;
using Marketo.Soap.Pipeline;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests.Pipeline;

/// <summary>What the pacer owns and what it only borrows, and how a refused permit leaves it.</summary>
public class CallPacerTests
{
    private const string Operation = "syncMObjects";

    // Not a timing assertion: a guard so that a slot never given back fails the test instead of hanging it.
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Dispose_OwnRateLimiter_IsDisposedWithThePacer()
    {
        var pacer = new CallPacer(maxConcurrentCalls: 2, rateLimiter: null);

        pacer.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => pacer.AcquireAsync(Operation, CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task Dispose_CallersRateLimiter_OutlivesThePacerForTheNextClient()
    {
        // A fleet that recreates its clients keeps one limiter for all of them.
        using var shared = new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
        {
            PermitLimit = 100,
            Window = TimeSpan.FromSeconds(20),
            SegmentsPerWindow = 20,
            QueueLimit = 0,
        });
        new CallPacer(maxConcurrentCalls: 1, shared).Dispose();
        using var next = new CallPacer(maxConcurrentCalls: 1, shared);

        using var slot = await next.AcquireAsync(Operation, CancellationToken.None);

        Assert.Equal(99, shared.GetStatistics()!.CurrentAvailablePermits);
    }

    [Fact]
    public async Task AcquireAsync_RateLimiterRefuses_ThrowsNamingTheOperationAndGivesTheSlotBack()
    {
        var limiter = new CountingRateLimiter { Refuse = true };
        using var pacer = new CallPacer(maxConcurrentCalls: 1, limiter);

        var refused = await Assert.ThrowsAsync<MarketoSoapException>(() => pacer.AcquireAsync(Operation, CancellationToken.None).AsTask());

        Assert.Contains("rate limiter refused", refused.Message, StringComparison.Ordinal);
        Assert.Contains(Operation, refused.Message, StringComparison.Ordinal);
        limiter.Refuse = false;
        using var slot = await pacer.AcquireAsync(Operation, CancellationToken.None).AsTask().WaitAsync(Guard);
        Assert.Equal(1, limiter.PermitsTaken);
    }

    [Fact]
    public async Task AcquireAsync_ConcurrencyLimiterRefuses_ThrowsNamingTheOperationAndTakesNoRatePermit()
    {
        using var concurrency = new ConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = 1, QueueLimit = 0 });
        using var held = concurrency.AttemptAcquire();
        var rate = new CountingRateLimiter();
        using var pacer = new CallPacer(maxConcurrentCalls: 10, rate, concurrency);

        var refused = await Assert.ThrowsAsync<MarketoSoapException>(() => pacer.AcquireAsync(Operation, CancellationToken.None).AsTask());

        Assert.Contains("concurrency limiter refused", refused.Message, StringComparison.Ordinal);
        Assert.Contains(Operation, refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, rate.PermitsTaken);
    }

    [Fact]
    public async Task AcquireAsync_RateLimiterRefusesWithConcurrencyLimiter_GivesTheConcurrencyPermitBack()
    {
        using var concurrency = new ConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = 1, QueueLimit = 0 });
        using var pacer = new CallPacer(maxConcurrentCalls: 10, new CountingRateLimiter { Refuse = true }, concurrency);

        await Assert.ThrowsAsync<MarketoSoapException>(() => pacer.AcquireAsync(Operation, CancellationToken.None).AsTask());

        Assert.Equal(1, concurrency.GetStatistics()!.CurrentAvailablePermits);
    }

    [Fact]
    public async Task SlotDispose_Twice_GivesTheSlotBackOnlyOnce()
    {
        using var pacer = new CallPacer(maxConcurrentCalls: 1, new CountingRateLimiter());
        var first = await pacer.AcquireAsync(Operation, CancellationToken.None);
        first.Dispose();
        first.Dispose();

        using var second = await pacer.AcquireAsync(Operation, CancellationToken.None).AsTask().WaitAsync(Guard);
        var third = pacer.AcquireAsync(Operation, CancellationToken.None).AsTask();

        Assert.False(third.IsCompleted); // one slot: the third waits for the second
        second.Dispose();
        (await third.WaitAsync(Guard)).Dispose();
    }
}
