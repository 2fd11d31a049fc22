using System.ServiceModel.Channels;
using System.Xml;

namespace Marketo.Soap.Serialization;

/// <summary>A request's body, written by the operation's generated code when WCF sends the message.</summary>
internal sealed class RequestBody(OperationWire wire, object request) : BodyWriter(isBuffered: true)
{
    protected override void OnWriteBodyContents(XmlDictionaryWriter writer) => wire.WriteBody(writer, request);
}
