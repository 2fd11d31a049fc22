using System.Collections.Concurrent;

namespace Marketo.Soap.Tests.TestSupport;

/// <summary>A user's handler that notes its name in a shared log each time a request passes it, and passes it on.</summary>
internal sealed class OrderRecordingHandler(string name, ConcurrentQueue<string> log) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        log.Enqueue(name);
        return base.SendAsync(request, cancellationToken);
    }
}
