namespace Marketo.Soap.Tests.TestSupport;

/// <summary>
/// A user's handler that answers from a <see cref="ReplayHandler"/> instead of passing the request
/// on, so a client built by dependency injection (which has no test transport) never reaches the network.
/// </summary>
internal sealed class AnsweringHandler(ReplayHandler replay) : DelegatingHandler
{
    private readonly HttpMessageInvoker _replay = new(replay, disposeHandler: false);

    public ReplayHandler Replay { get; } = replay;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        _replay.SendAsync(request, cancellationToken);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _replay.Dispose();
        }

        base.Dispose(disposing);
    }
}
