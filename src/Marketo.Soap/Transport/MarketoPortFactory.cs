using System.ServiceModel;
using Marketo.Soap.Generated;
using Microsoft.Extensions.Logging;

namespace Marketo.Soap.Transport;

/// <summary>Builds and opens the WCF client every operation of one <see cref="MarketoSoapClient"/> sends through.</summary>
internal static class MarketoPortFactory
{
    /// <param name="endpoint">The instance's SOAP endpoint.</param>
    /// <param name="timeout">Time for one attempt, send to last byte.</param>
    /// <param name="transport">Replaces the network under the client, for tests and the warm-up; null sends through WCF's own handler.</param>
    /// <param name="logger">Receives the raw SOAP at Trace level.</param>
    public static MktowsPortClient Open(Uri endpoint, TimeSpan timeout, Func<HttpClientHandler, HttpMessageHandler>? transport, ILogger logger)
    {
        var port = new MktowsPortClient(MarketoBinding.Create(endpoint, timeout), new EndpointAddress(endpoint));
        port.Endpoint.EndpointBehaviors.Add(new HttpHandlerBehavior(transport));
        port.Endpoint.EndpointBehaviors.Add(new SoapTraceInspector(logger));

        // Opened here, not on the first call. A channel WCF opens on demand queues the calls that
        // arrive while it opens and releases them from the opening call's async flow, where they
        // find that call's HttpExchange: its cancellation token and its HTTP status. Opening an
        // HTTP channel sends nothing over the network.
        ((ICommunicationObject)port).Open();
        return port;
    }
}
