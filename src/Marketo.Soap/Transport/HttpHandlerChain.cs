namespace Marketo.Soap.Transport;

/// <summary>
/// Stacks the user's <see cref="DelegatingHandler"/>s on the handler that reaches the network,
/// outermost first, in the order <c>IHttpClientFactory</c> uses for its handlers.
/// </summary>
internal static class HttpHandlerChain
{
    /// <param name="handlers">Make the user's handlers, outermost first; each is called once per chain built.</param>
    /// <param name="transport">Replaces the network, for tests and the warm-up; null keeps WCF's own handler.</param>
    /// <returns>The transport with the handlers on top; <paramref name="transport"/> itself when there are none.</returns>
    public static Func<HttpClientHandler, HttpMessageHandler>? Compose(IReadOnlyList<Func<DelegatingHandler>> handlers, Func<HttpClientHandler, HttpMessageHandler>? transport)
    {
        if (handlers.Count == 0)
        {
            return transport;
        }

        var factories = handlers.ToArray();
        return primary =>
        {
            var inner = transport?.Invoke(primary) ?? primary;
            for (var i = factories.Length - 1; i >= 0; i--)
            {
                var handler = factories[i]()
                    ?? throw new InvalidOperationException($"HTTP handler factory {i} returned null; it must return a new DelegatingHandler.");
                if (handler.InnerHandler is not null)
                {
                    // A handler already in a chain would send this client's requests down another's.
                    throw new InvalidOperationException($"HTTP handler factory {i} returned a {handler.GetType().Name} that already has an inner handler; it must return a new handler each time.");
                }

                handler.InnerHandler = inner;
                inner = handler;
            }

            return inner;
        };
    }
}
