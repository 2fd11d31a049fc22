using System.Runtime.CompilerServices;
using Marketo.Soap.Bulk;
using Marketo.Soap.Models;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests.Bulk;

/// <summary>A consumer that stops enumerating early leaves no call running and no input open behind it.</summary>
public class BulkSyncJobDisposalTests
{
    // Not a timing assertion: a guard so that a stop that fails to end the calls in flight fails
    // the test instead of hanging it (those calls would wait for an answer that never comes).
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    private static readonly BulkSyncOptions TenPerCallThreeAtOnce = new() { BatchSize = 10, MaxConcurrency = 3 };

    [Fact]
    public async Task BulkSyncLeadsAsync_ConsumerStopsAfterTheFirstResult_CancelsTheCallsStillInFlight()
    {
        var calls = new ScriptedLeadCalls();
        var stopping = TakeFirstAsync(calls.Client.BulkSyncLeadsAsync(Leads.Numbered(30).ToAsyncEnumerable(), options: TenPerCallThreeAtOnce));

        var pending = await calls.WaitForCallsAsync(3);
        pending[0].Succeed();
        var first = await stopping.WaitAsync(Guard);

        Assert.Equal(0, first.Index);
        Assert.True(pending[1].Token.IsCancellationRequested);
        Assert.True(pending[2].Token.IsCancellationRequested);
        Assert.Equal(3, calls.Calls.Count);
    }

    [Fact]
    public async Task BulkSyncLeadsAsync_ConsumerStopsEarly_DisposesTheInputEnumerator()
    {
        var calls = new ScriptedLeadCalls();
        // 40 leads: the three calls in flight read 30, so the input is still open when the consumer stops.
        var input = new WatchedInput(40);
        var stopping = TakeFirstAsync(calls.Client.BulkSyncLeadsAsync(input.ReadAsync(), options: TenPerCallThreeAtOnce));

        (await calls.WaitForCallsAsync(3))[0].Succeed();
        await stopping.WaitAsync(Guard);

        Assert.True(input.Disposed);
        Assert.False(input.ReadToTheEnd);
    }

    private static async Task<LeadSyncResult> TakeFirstAsync(IAsyncEnumerable<LeadSyncResult> job)
    {
        await foreach (var result in job)
        {
            return result;
        }

        throw new InvalidOperationException("The job yielded nothing.");
    }

    /// <summary>An input stream that notes whether its enumerator was disposed and whether it reached its end.</summary>
    private sealed class WatchedInput(int count)
    {
        public bool Disposed { get; private set; }

        public bool ReadToTheEnd { get; private set; }

        public async IAsyncEnumerable<LeadRecord> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            try
            {
                foreach (var lead in Leads.Numbered(count))
                {
                    await Task.Yield();
                    cancellationToken.ThrowIfCancellationRequested();
                    yield return lead;
                }

                ReadToTheEnd = true;
            }
            finally
            {
                Disposed = true;
            }
        }
    }
}
