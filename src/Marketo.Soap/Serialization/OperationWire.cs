using System.ServiceModel.Channels;
using System.Xml;

namespace Marketo.Soap.Serialization;

/// <summary>The generated code of one operation: its request's headers and body, its reply's body.</summary>
/// <param name="name">The operation's name, as WCF's <c>ClientOperation.Name</c> gives it.</param>
/// <param name="action">The SOAP action its requests carry.</param>
/// <param name="addHeaders">Adds the request's SOAP headers.</param>
/// <param name="writeBody">Writes the request's body parts inside the open <c>s:Body</c>.</param>
/// <param name="readBody">Reads the reply from a reader at the body's contents.</param>
internal sealed class OperationWire(string name, string action, Action<MessageHeaders, object> addHeaders, Action<XmlWriter, object> writeBody, Func<XmlReader, object> readBody)
{
    public string Name { get; } = name;

    public string Action { get; } = action;

    public void AddHeaders(MessageHeaders headers, object request) => addHeaders(headers, request);

    public void WriteBody(XmlWriter writer, object request) => writeBody(writer, request);

    public object ReadBody(XmlReader reader) => readBody(reader);
}
