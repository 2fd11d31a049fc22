using Marketo.Soap.Transport;

namespace Marketo.Soap.Tests.Transport;

/// <summary>The first bytes of an answer, kept in a pooled buffer for the length of one attempt.</summary>
public class AnswerStartTests
{
    [Fact]
    public void Append_SeveralReads_KeepsTheFirstCapacityBytesInOrder()
    {
        var start = new AnswerStart();
        var body = Enumerable.Range(0, AnswerStart.Capacity + 100).Select(i => (byte)i).ToArray();

        start.Append(body.AsSpan(0, 10));
        start.Append(body.AsSpan(10));

        Assert.Equal(body.AsSpan(0, AnswerStart.Capacity).ToArray(), start.Bytes.ToArray());
    }

    [Fact]
    public void Release_ThenAppend_KeepsNothing()
    {
        // A read abandoned by a timeout may append after its attempt ended: the buffer is back in the pool by then.
        var start = new AnswerStart();
        start.Append("<soap"u8);

        start.Release();
        start.Append("more"u8);

        Assert.True(start.Bytes.IsEmpty);
    }

    [Fact]
    public void Dispose_OfTheExchange_ReleasesItsAnswerStart()
    {
        var exchange = HttpExchange.Begin(CancellationToken.None);
        exchange.AnswerStart.Append("<soap"u8);

        exchange.Dispose();
        exchange.AnswerStart.Append("more"u8);

        Assert.True(exchange.AnswerStart.Bytes.IsEmpty);
    }
}
