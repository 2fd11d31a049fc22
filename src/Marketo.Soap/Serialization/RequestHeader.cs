using System.ServiceModel.Channels;
using System.Xml;

namespace Marketo.Soap.Serialization;

/// <summary>
/// A message-contract header written by generated code, in the shape WCF gives an
/// XmlSerializer header: <c>h:</c> prefix, the header's namespace also declared as the default,
/// and on the first header of a message the schema namespaces XmlSerializer declares.
/// </summary>
internal sealed class RequestHeader<T>(string name, string ns, T value, bool declaresSchemaNamespaces, Action<XmlWriter, T> writeContents) : MessageHeader
{
    public override string Name { get; } = name;

    public override string Namespace { get; } = ns;

    protected override void OnWriteStartHeader(XmlDictionaryWriter writer, MessageVersion messageVersion)
    {
        writer.WriteStartElement("h", Name, Namespace);
        WriteHeaderAttributes(writer, messageVersion);
        writer.WriteAttributeString("xmlns", null, Namespace);
        if (declaresSchemaNamespaces)
        {
            MktowsWire.WriteSchemaNamespaces(writer);
        }
    }

    protected override void OnWriteHeaderContents(XmlDictionaryWriter writer, MessageVersion messageVersion) => writeContents(writer, value);
}
