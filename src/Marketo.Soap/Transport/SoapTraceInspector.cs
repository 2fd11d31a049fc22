using System.ServiceModel;
using System.ServiceModel.Channels;
using System.ServiceModel.Description;
using System.ServiceModel.Dispatcher;
using Marketo.Soap.Telemetry;
using Microsoft.Extensions.Logging;

namespace Marketo.Soap.Transport;

/// <summary>
/// Writes each request and answer at Trace level through <see cref="SoapTextRenderer"/>: the
/// AuthenticationHeader, secrets and (unless the caller opted in) record values redacted, the text
/// capped while it is rendered. Off unless Trace is enabled, because a message must be buffered to
/// be read twice.
/// </summary>
internal sealed class SoapTraceInspector(ILogger logger, SoapTextRenderer renderer) : IClientMessageInspector, IEndpointBehavior
{
    public object? BeforeSendRequest(ref Message request, IClientChannel channel)
    {
        if (logger.IsEnabled(LogLevel.Trace))
        {
            Log.SoapRequest(logger, request.Headers.Action ?? string.Empty, Render(ref request));
        }

        return null;
    }

    public void AfterReceiveReply(ref Message reply, object? correlationState)
    {
        if (logger.IsEnabled(LogLevel.Trace))
        {
            Log.SoapReply(logger, Render(ref reply));
        }
    }

    /// <summary>The message as capped, redacted text; the message itself is replaced by an identical copy.</summary>
    internal string Render(ref Message message)
    {
        using var buffer = message.CreateBufferedCopy(int.MaxValue);
        message = buffer.CreateMessage();
        return renderer.Render(buffer.CreateMessage());
    }

    public void AddBindingParameters(ServiceEndpoint endpoint, BindingParameterCollection bindingParameters)
    {
    }

    public void ApplyClientBehavior(ServiceEndpoint endpoint, ClientRuntime clientRuntime) => clientRuntime.ClientMessageInspectors.Add(this);

    public void ApplyDispatchBehavior(ServiceEndpoint endpoint, EndpointDispatcher endpointDispatcher)
    {
    }

    public void Validate(ServiceEndpoint endpoint)
    {
    }
}
