using Marketo.Soap.Operations;

namespace Marketo.Soap.Tests.Serialization;

/// <summary>
/// The idle pool's bookkeeping, on batch types of the tests' own: each generic type has a pool of
/// its own, so no call of another test can put batches in it.
/// </summary>
public class ProxyReuseBookkeepingTests
{
    [Fact]
    public async Task SendAsync_AnswerRead_ReturnsTheClearedBatchForTheNextCall()
    {
        SentBatch? used = null;

        var answer = await ProxyReuse<SentBatch>.SendAsync((batch, state) => { used = batch; return Task.FromResult(state + 1); }, 41);

        Assert.Equal(42, answer);
        Assert.NotNull(used);
        Assert.Equal(1, used.Clears);
        Assert.Same(used, ProxyReuse<SentBatch>.Rent());
    }

    [Fact]
    public void Return_MoreThanTheBound_KeepsExactlyTheBoundEachTimeTheyComeBack()
    {
        var extra = ProxyReuse<BoundBatch>.MaxIdle + 2;

        for (var round = 0; round < 2; round++)
        {
            // Every batch goes back; only MaxIdle are kept, and the count stays true for the next round.
            var batches = Enumerable.Range(0, extra).Select(_ => new BoundBatch()).ToList();
            batches.ForEach(ProxyReuse<BoundBatch>.Return);

            var rented = Enumerable.Range(0, extra).Select(_ => ProxyReuse<BoundBatch>.Rent()).ToList();

            Assert.Equal(ProxyReuse<BoundBatch>.MaxIdle, rented.Count(r => batches.Contains(r)));
        }
    }

    [Fact]
    public void Exactly_ExistingObjects_AreKeptInTheirSlots()
    {
        var first = new object();
        var second = new object();

        var same = ProxyArrays.Exactly([first, second], 2);
        var longer = ProxyArrays.Exactly([first, second], 3);

        Assert.Same(first, same[0]);
        Assert.Same(second, same[1]);
        Assert.Same(first, longer[0]);
        Assert.Same(second, longer[1]);
        Assert.NotNull(longer[2]);
    }

    private sealed class SentBatch : IProxyBatch
    {
        public int Clears { get; private set; }

        public void Clear() => Clears++;
    }

    private sealed class BoundBatch : IProxyBatch
    {
        public void Clear()
        {
        }
    }
}
