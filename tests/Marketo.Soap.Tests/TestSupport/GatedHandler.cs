namespace Marketo.Soap.Tests.TestSupport;

/// <summary>
/// Holds every request until the test lets one through, and records the most requests it ever
/// held at once: the concurrency the client really produced.
/// </summary>
internal sealed class GatedHandler(string answerFixture) : HttpMessageHandler
{
    private readonly SemaphoreSlim _gate = new(0);
    private readonly SemaphoreSlim _arrived = new(0);
    private int _inside;
    private int _mostInside;

    public int MostInFlight => Volatile.Read(ref _mostInside);

    public async Task WaitForArrivalAsync() =>
        Assert.True(await _arrived.WaitAsync(TimeSpan.FromSeconds(10)), "No request arrived within 10 seconds.");

    public void LetOneThrough() => _gate.Release();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var inside = Interlocked.Increment(ref _inside);
        InterlockedMax(ref _mostInside, inside);
        _arrived.Release();
        try
        {
            await _gate.WaitAsync(cancellationToken);
            return CannedResponse.Fixture(answerFixture).ToMessage();
        }
        finally
        {
            Interlocked.Decrement(ref _inside);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
