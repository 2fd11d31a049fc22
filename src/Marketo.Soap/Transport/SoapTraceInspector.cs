using System.ServiceModel;
using System.ServiceModel.Channels;
using System.ServiceModel.Description;
using System.ServiceModel.Dispatcher;
using System.Text;
using System.Xml.Linq;
using Marketo.Soap.Telemetry;
using Microsoft.Extensions.Logging;

namespace Marketo.Soap.Transport;

/// <summary>
/// Writes each request and answer as XML at Trace level, with the AuthenticationHeader's
/// signature, timestamp and user id redacted and the text capped. Off unless Trace is enabled,
/// because buffering a message to print it costs a copy of the whole message.
/// </summary>
internal sealed class SoapTraceInspector(ILogger logger) : IClientMessageInspector, IEndpointBehavior
{
    private static readonly XName AuthenticationHeader = XName.Get("AuthenticationHeader", "http://www.marketo.com/mktows/");

    // Enough for a few leads; a 300-lead request is about 100 KB and is cut here.
    internal const int MaxLoggedCharacters = 16 * 1024;

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
    internal static string Render(ref Message message)
    {
        using var buffer = message.CreateBufferedCopy(int.MaxValue);
        message = buffer.CreateMessage();

        // Message.ToString() prints "... stream ..." for a received body, so the copy is written out in full.
        var envelope = new XDocument();
        using (var writer = envelope.CreateWriter())
        {
            buffer.CreateMessage().WriteMessage(writer);
        }

        var text = Redact(envelope).ToString();
        return text.Length <= MaxLoggedCharacters
            ? text
            : new StringBuilder(text, 0, MaxLoggedCharacters, MaxLoggedCharacters + 40).Append("… (").Append(text.Length - MaxLoggedCharacters).Append(" more characters)").ToString();
    }

    /// <summary>Blanks every field of the AuthenticationHeader, whatever its prefix or namespace declarations.</summary>
    internal static XDocument Redact(XDocument envelope)
    {
        foreach (var header in envelope.Descendants(AuthenticationHeader))
        {
            foreach (var field in header.Elements())
            {
                field.Value = "[redacted]";
            }
        }

        return envelope;
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
