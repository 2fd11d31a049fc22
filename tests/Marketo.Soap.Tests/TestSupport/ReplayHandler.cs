using System.Collections.Concurrent;

namespace Marketo.Soap.Tests.TestSupport;

/// <summary>
/// Stands in for the network under WCF: records every request the client sends and answers with
/// the next canned response, or throws what a test tells it to.
/// </summary>
internal sealed class ReplayHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>> _answers = new();
    private readonly ConcurrentQueue<RecordedExchange> _requests = new();
    private readonly ConcurrentQueue<CancellationToken> _requestTokens = new();
    private readonly SemaphoreSlim _arrivals = new(0);

    public IReadOnlyList<RecordedExchange> Requests => _requests.ToArray();

    public RecordedExchange SingleRequest => Assert.Single(Requests);

    /// <summary>The cancellation token each request was sent with, as the HTTP stack saw it.</summary>
    public IReadOnlyList<CancellationToken> RequestTokens => _requestTokens.ToArray();

    /// <summary>Completes when the next request not yet waited for has reached this handler and its answer has begun.</summary>
    public Task WaitForRequestAsync() => _arrivals.WaitAsync();

    public ReplayHandler Reply(CannedResponse response)
    {
        _answers.Enqueue((_, _) => Task.FromResult(response.ToMessage()));
        return this;
    }

    public ReplayHandler ReplyFixture(string name) => Reply(CannedResponse.Fixture(name));

    /// <summary>Answers with a response made from the request just received, as a server that echoes what it was sent.</summary>
    public ReplayHandler Echo(Func<RecordedExchange, CannedResponse> answer)
    {
        _answers.Enqueue((_, _) => Task.FromResult(answer(_requests.Last()).ToMessage()));
        return this;
    }

    public ReplayHandler Throw(Exception exception)
    {
        _answers.Enqueue((_, _) => Task.FromException<HttpResponseMessage>(exception));
        return this;
    }

    /// <summary>Answers only when the request is cancelled, as a server that never replies.</summary>
    public ReplayHandler Hang()
    {
        _answers.Enqueue(async (_, cancellationToken) =>
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        });
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        var soapAction = request.Headers.TryGetValues("SOAPAction", out var values) ? values.Single() : null;
        _requests.Enqueue(new RecordedExchange(request.Method, request.RequestUri, soapAction, request.Content?.Headers.ContentType?.ToString(), body));
        _requestTokens.Enqueue(cancellationToken);

        if (!_answers.TryDequeue(out var answer))
        {
            throw new InvalidOperationException("The test gave no answer for this request.");
        }

        var answering = answer(request, cancellationToken);
        _arrivals.Release();
        return await answering;
    }
}
