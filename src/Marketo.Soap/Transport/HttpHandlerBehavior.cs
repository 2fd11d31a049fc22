using System.ServiceModel.Channels;
using System.ServiceModel.Description;
using System.ServiceModel.Dispatcher;

namespace Marketo.Soap.Transport;

/// <summary>
/// Puts <see cref="HttpExchangeHandler"/> into WCF's HTTP stack. WCF's HTTP transport looks for a
/// <c>Func&lt;HttpClientHandler, HttpMessageHandler&gt;</c> among the binding parameters and sends
/// through whatever handler it returns.
/// </summary>
internal sealed class HttpHandlerBehavior : IEndpointBehavior
{
    private readonly Func<HttpClientHandler, HttpMessageHandler>? _transport;

    /// <param name="transport">
    /// Replaces the network under the exchange handler, for tests that replay recorded answers;
    /// null sends through WCF's own <see cref="HttpClientHandler"/>.
    /// </param>
    public HttpHandlerBehavior(Func<HttpClientHandler, HttpMessageHandler>? transport) => _transport = transport;

    public void AddBindingParameters(ServiceEndpoint endpoint, BindingParameterCollection bindingParameters) =>
        bindingParameters.Add(new Func<HttpClientHandler, HttpMessageHandler>(
            handler => new HttpExchangeHandler(_transport?.Invoke(handler) ?? handler)));

    public void ApplyClientBehavior(ServiceEndpoint endpoint, ClientRuntime clientRuntime)
    {
    }

    public void ApplyDispatchBehavior(ServiceEndpoint endpoint, EndpointDispatcher endpointDispatcher)
    {
    }

    public void Validate(ServiceEndpoint endpoint)
    {
    }
}
