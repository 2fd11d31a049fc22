using System.ServiceModel;
using Marketo.Soap.Generated;
using Marketo.Soap.Serialization;
using Marketo.Soap.Telemetry;
using Microsoft.Extensions.Logging;

namespace Marketo.Soap.Transport;

/// <summary>Builds and opens the WCF client every operation of one <see cref="MarketoSoapClient"/> sends through.</summary>
internal static class MarketoPortFactory
{
    /// <param name="endpoint">The instance's SOAP endpoint.</param>
    /// <param name="timeout">Time for one attempt, send to last byte.</param>
    /// <param name="transport">Replaces the network under the client, for tests and the warm-up; null sends through WCF's own handler.</param>
    /// <param name="logger">Receives the raw SOAP at Trace level.</param>
    /// <param name="traceRenderer">Renders the raw SOAP for the Trace log, redacted and capped.</param>
    /// <param name="serializer">What writes the requests and reads the answers.</param>
    public static MktowsPortClient Open(Uri endpoint, TimeSpan timeout, Func<HttpClientHandler, HttpMessageHandler>? transport, ILogger logger, SoapTextRenderer traceRenderer, MarketoSoapSerializer serializer)
    {
        var port = new MktowsPortClient(MarketoBinding.Create(endpoint, timeout), new EndpointAddress(endpoint));
        if (serializer == MarketoSoapSerializer.Generated)
        {
            GeneratedSerializationBehavior.AddTo(port.Endpoint.Contract);
        }

        port.Endpoint.EndpointBehaviors.Add(new HttpHandlerBehavior(transport));
        port.Endpoint.EndpointBehaviors.Add(new SoapTraceInspector(logger, traceRenderer));

        // Opened here, not on the first call. A channel WCF opens on demand queues the calls that
        // arrive while it opens and releases them from the opening call's async flow, where they
        // find that call's HttpExchange: its cancellation token and its HTTP status. Opening an
        // HTTP channel sends nothing over the network.
        ((ICommunicationObject)port).Open();
        return port;
    }
}
