using System.ServiceModel;
using System.ServiceModel.Channels;
using System.ServiceModel.Dispatcher;
using System.Xml;

namespace Marketo.Soap.Serialization;

/// <summary>
/// Turns an operation's request message contract into a <see cref="Message"/> and its reply back
/// into the reply contract with the build-time generated code, in place of XmlSerializer. Faults
/// never reach a formatter: WCF reads them before, as it does with XmlSerializer.
/// </summary>
internal sealed class GeneratedMessageFormatter(OperationWire wire) : IClientMessageFormatter
{
    private static readonly XmlReaderSettings EmptyBody = new() { ConformanceLevel = ConformanceLevel.Fragment };

    public Message SerializeRequest(MessageVersion messageVersion, object[] parameters)
    {
        var request = parameters[0];
        var message = Message.CreateMessage(messageVersion, wire.Action, new RequestBody(wire, request));
        wire.AddHeaders(message.Headers, request);
        return message;
    }

    public object DeserializeReply(Message message, object[] parameters)
    {
        if (message.IsEmpty)
        {
            // No body parts: the reply contract with every part null, as XmlSerializer leaves it.
            using var nothing = XmlReader.Create(new StringReader(string.Empty), EmptyBody);
            return wire.ReadBody(nothing);
        }

        using var reader = message.GetReaderAtBodyContents();
        object reply;
        try
        {
            reply = wire.ReadBody(reader);
        }
        catch (Exception e) when (e is XmlException or FormatException or OverflowException or InvalidOperationException)
        {
            // What WCF raises when XmlSerializer cannot read a body, which wraps the XML reader's failures.
            throw new CommunicationException(Failed(), e is XmlException xml ? new InvalidOperationException($"There is an error in XML document ({xml.LineNumber}, {xml.LinePosition}).", xml) : e);
        }

        try
        {
            // WCF reads on to the end of the envelope after the body, so an answer cut off after
            // </s:Body> fails there too, with the reader's words.
            while (reader.Read())
            {
            }
        }
        catch (XmlException e)
        {
            throw new CommunicationException(Failed() + " " + e.Message, e);
        }

        return reply;
    }

    // Made only when a reply fails, not on every call.
    private string Failed() => $"Error in deserializing body of reply message for operation '{wire.Name}'.";
}
