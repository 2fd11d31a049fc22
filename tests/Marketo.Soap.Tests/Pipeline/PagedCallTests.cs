using Marketo.Soap.Pipeline;

namespace Marketo.Soap.Tests.Pipeline;

public class PagedCallTests
{
    // Three pages chained by tokens "a" and "b"; the last page carries none.
    private static readonly Dictionary<string, MarketoPage<int>> Pages = new()
    {
        [""] = new([1, 2], "a", 3),
        ["a"] = new([3, 4], "b", 1),
        ["b"] = new([5], null, 0),
    };

    [Fact]
    public async Task Enumerate_ThreePages_YieldsEveryRecordInOrderWithOneCallPerPage()
    {
        var asked = new List<string?>();
        var pageable = new PagedCall<int>((token, _) => { asked.Add(token); return Task.FromResult(Pages[token ?? string.Empty]); }, default);

        var values = await pageable.ToListAsync();

        Assert.Equal([1, 2, 3, 4, 5], values);
        Assert.Equal([null, "a", "b"], asked);
    }

    [Fact]
    public async Task AsPages_FromASavedToken_StartsAfterIt()
    {
        var pageable = new PagedCall<int>((token, _) => Task.FromResult(Pages[token ?? string.Empty]), default);

        var pages = await pageable.AsPages("a").ToListAsync();

        Assert.Equal([[3, 4], [5]], pages.Select(p => p.Values));
        Assert.Equal(["b", null], pages.Select(p => p.ContinuationToken));
    }

    [Fact]
    public async Task Enumerate_StoppedAfterTheFirstRecord_FetchesNoFurtherPage()
    {
        var calls = 0;
        var pageable = new PagedCall<int>((token, _) => { calls++; return Task.FromResult(Pages[token ?? string.Empty]); }, default);

        await foreach (var _ in pageable)
        {
            break;
        }

        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task Enumerate_TokenOfTheClientMethodCancelled_PassesACancelledTokenToTheFetch()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var pageable = new PagedCall<int>((_, token) => Task.FromCanceled<MarketoPage<int>>(token), cancelled.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await pageable.ToListAsync());
    }

    [Fact]
    public async Task Enumerate_TokenOfTheEnumerationCancelled_PassesACancelledTokenToTheFetch()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var pageable = new PagedCall<int>((_, token) => Task.FromCanceled<MarketoPage<int>>(token), default);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await pageable.ToListAsync(cancelled.Token));
    }
}
